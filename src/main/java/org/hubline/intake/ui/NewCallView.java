package org.hubline.intake.ui;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.CallDetails;
import org.hubline.intake.CallDrafts;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallPreview;
import org.hubline.intake.FollowUp;
import org.hubline.intake.LogCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.ReturningCallers;
import org.hubline.residents.ResidentRecord;
import org.hubline.shared.Text;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;

import tools.jackson.databind.json.JsonMapper;

/**
 * One screen for a whole call, usable by keyboard alone: the caller, the resident (with likely
 * existing residents offered as the handler types), routing, needs, triage with its reasons, and
 * how the call ended, each its own section. The view only previews, keeps the draft and saves:
 * everything typed is kept as a server-side draft, so it survives a refresh or navigating away;
 * a refused save keeps the form as it was and says what to fix.
 */
@Route("calls/new")
@PageTitle("New call · Hubline")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class NewCallView extends Div implements BeforeEnterObserver {

    private final CallIntake intake;
    private final CallDrafts drafts;
    private final JsonMapper json;

    private final FormErrors errors = new FormErrors("call-errors", "The call was not saved");
    private final Paragraph draftNotice = new Paragraph();
    private final CallerSection caller = new CallerSection();
    private final ResidentArea resident;
    private final RoutingSection routing;
    private final NeedRows needs;
    private final TriageSection triage = new TriageSection();
    private final EndOfCallSection end;
    private final Button save = new Button("Save call (Ctrl+S)");
    private final Button discard = new Button("Discard this call");

    private boolean restoring;
    private boolean draftProblem;
    private Long residentAsked;

    public NewCallView(CallIntake intake, ReturningCallers returningCallers, CallDrafts drafts, NeedTaxonomy taxonomy,
            JsonMapper json, Clock clock) {
        this.intake = intake;
        this.drafts = drafts;
        this.json = json;
        this.routing = new RoutingSection(intake);
        this.end = new EndOfCallSection(clock);
        this.resident = new ResidentArea(intake, returningCallers, triage.supportField(), routing.wardField(), clock,
                this::changed);
        this.needs = new NeedRows(taxonomy.activeTypes(), this::changed);
        addClassName("hubline-call");

        Paragraph keys = new Paragraph("Keyboard: Ctrl+S saves the call · Alt+N adds a need · Alt+M goes to "
                + "possible existing residents. Tab moves through the form in the order you ask.");
        keys.setId("call-shortcuts");
        keys.addClassName("hubline-hint");
        draftNotice.setId("draft-notice");
        draftNotice.setVisible(false);
        errors.fields(resident.fields.byName()).fields(triage.byName()).fields(routing.byName())
                .fields(end.byName()).fields(caller.byName()).handler("needs", needs::showError)
                .handler("followUp", resident.openWork::showError);
        needs.warnAgainst(resident.openWork::openLabels);
        routing.onOutOfArea(end::signposted);

        add(new H1("New call"), keys, discardRow(), draftNotice, errors, caller, resident, routing, needs, triage,
                end, buttons());

        Shortcuts.addShortcutListener(this, needs::addAndFocus, Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, resident::focusMatches, Key.KEY_M, KeyModifier.ALT);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Stream.of(caller.inputs(), routing.inputs(), triage.inputs(), end.inputs()).flatMap(List::stream)
                .forEach(f -> f.addValueChangeListener(e -> changed()));
    }

    private Div buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-call");
        save.addClickListener(e -> save());
        Div row = new Div(save);
        row.addClassName("hubline-buttons");
        return row;
    }

    /**
     * Discarding is at the top, apart from saving (never the next key after Save), and asks first: what was typed
     * is gone once it is discarded.
     */
    private Div discardRow() {
        discard.setId("discard-call");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog("Discard this call?", "Everything typed for this call will "
                    + "be gone, and nothing is saved.", "Discard the call", yes -> {
                        drafts.discard();
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    });
            confirm.setCancelable(true);
            confirm.setCancelText("Keep the call");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("discard-confirm");
            confirm.open();
        });
        Div row = new Div(discard);
        row.addClassName("hubline-discard");
        return row;
    }

    /** {@code calls/new?resident=42} starts a call for that resident (from their page). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        residentAsked = event.getLocation().getQueryParameters().getSingleParameter("resident").map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        drafts.load().ifPresent(this::restore);
        ResidentRecord existing = resident.existing();
        if (residentAsked != null && (existing == null || existing.id() != residentAsked)) {
            resident.attach(residentAsked);
        }
        refreshPreview();
        if (resident.existing() == null) {
            resident.fields.firstName.focus();
        }
    }

    // ---- preview, drafts, save

    private void changed() {
        if (restoring) {
            return;
        }
        refreshPreview();
        String problem;
        try {
            problem = drafts.save(json.writeValueAsString(command())) ? null
                    : "This call is too long to keep as a draft: save it soon.";
        } catch (RuntimeException e) {
            problem = "Your draft could not be kept just now: save the call when you can.";
        }
        showDraftProblem(problem);
    }

    /** A draft that could not be kept says so; the notice goes once a later draft is kept again. */
    private void showDraftProblem(String problem) {
        if (problem != null) {
            draftNotice.setText(problem);
            draftNotice.setVisible(true);
            draftProblem = true;
        } else if (draftProblem) {
            draftNotice.setVisible(false);
            draftProblem = false;
        }
    }

    private void refreshPreview() {
        CallPreview preview = intake.preview(resident.fields.value(), routing.choice(), needs.value(),
                triage.supportNow());
        routing.show(preview.route());
        triage.show(preview.triage());
    }

    private LogCall command() {
        return new LogCall(resident.existing(), resident.fields.value(), routing.choice(), needs.value(),
                triage.supportNow(), triage.override(), triage.overrideReason(), end.callbackNeeded(),
                new CallDetails(caller.direction(), caller.channel(), caller.onBehalf(), end.outcome(), end.note(),
                        end.callBackAt()),
                resident.closest(), resident.existing() == null ? FollowUp.NONE : resident.openWork.value());
    }

    private void restore(String content) {
        LogCall draft;
        try {
            draft = json.readValue(content, LogCall.class);
        } catch (RuntimeException e) {
            return;
        }
        restoring = true;
        resident.restore(draft.existing(), draft.resident(), draft.followUp());
        needs.setValue(draft.needs());
        triage.restore(draft);
        routing.restore(draft.routing());
        CallDetails call = draft.call();
        end.restore(call == null ? null : call.outcome(), call == null ? null : call.note(),
                call == null ? null : call.callBackAt(), draft.callbackNeeded());
        if (call != null) {
            caller.restore(call);
        }
        restoring = false;
        draftNotice.setText("This is the call you had not saved yet, as you left it. Save it, or discard it to "
                + "start again.");
        draftNotice.setVisible(true);
    }

    private void save() {
        errors.saved(() -> intake.logCall(command())).ifPresent(logged -> {
            String where = logged.route().hasHub() ? logged.route().hub().name() : "no hub yet";
            String what = logged.needs().isEmpty() && logged.requestId() != null
                    ? "Call saved against HR-" + logged.requestId()
                    : "Call saved: " + logged.triage().priority().label() + " · "
                            + Text.count(logged.needs().size(), "need") + " → " + where;
            Notification done = Notification.show(what, 6000, Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ResidentView.class,
                    new RouteParameters("id", String.valueOf(logged.residentId()))));
        });
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
