package org.hubline.intake.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.CallDetails;
import org.hubline.intake.CallDrafts;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.CallPreview;
import org.hubline.intake.Channel;
import org.hubline.intake.Direction;
import org.hubline.intake.LogCall;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.OnBehalf;
import org.hubline.intake.Priority;
import org.hubline.intake.RoutingChoice;
import org.hubline.intake.SupportNow;
import org.hubline.places.Hub;
import org.hubline.places.Ward;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;

import tools.jackson.databind.json.JsonMapper;

/**
 * One screen for a whole call, usable by keyboard alone: the resident (with likely existing
 * residents offered as the handler types), routing, needs, triage with its reasons, and how the
 * call ended. Everything typed is kept as a server-side draft, so it survives a refresh or
 * navigating away; a refused save keeps the form as it was and says what to fix.
 */
@Route("calls/new")
@PageTitle("New call · Hubline")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class NewCallView extends Div implements BeforeEnterObserver {

    private final CallIntake intake;
    private final CallDrafts drafts;
    private final JsonMapper json;

    private final Div errorSummary = new Div();
    private final Paragraph draftNotice = new Paragraph();
    private final Select<Direction> direction = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final Checkbox onBehalf = new Checkbox("Calling for someone else");
    private final TextField onBehalfName = new TextField("Caller's name");
    private final TextField onBehalfRelationship = new TextField("Who they are to the resident");
    private final TextField onBehalfPhone = new TextField("Caller's phone");
    private final Checkbox onBehalfConsent = new Checkbox("The resident agreed to them calling");
    private final ResidentFields resident = new ResidentFields();
    private final Paragraph returning = new Paragraph();
    private final Button newInstead = new Button("Treat as a new resident instead");
    private final Div matches = new Div();
    private final Paragraph routeMessage = new Paragraph();
    private final ComboBox<Ward> ward = new ComboBox<>("Choose the resident's ward");
    private final RadioButtonGroup<String> outOfArea = new RadioButtonGroup<>("Outside the borough");
    private final ComboBox<Hub> overrideHub = new ComboBox<>("Send to a different hub");
    private final TextField overrideHubReason = new TextField("Why this hub");
    private final NeedRows needs;
    private final Select<SupportNow> support = new Select<>();
    private final Paragraph priority = new Paragraph();
    private final Paragraph reasons = new Paragraph();
    private final Select<Priority> priorityOverride = new Select<>();
    private final TextField overrideReason = new TextField("Why a different priority");
    private final Select<CallOutcome> outcome = new Select<>();
    private final TextArea note = new TextArea("Note");
    private final Checkbox callback = new Checkbox("Needs a callback");
    private final Button save = new Button("Save call (Ctrl+S)");
    private final Button discard = new Button("Discard this call");

    private ResidentRecord existing;
    private List<ResidentMatch> currentMatches = List.of();
    private boolean restoring;
    private Long residentAsked;

    public NewCallView(CallIntake intake, CallDrafts drafts, NeedTaxonomy taxonomy, JsonMapper json) {
        this.intake = intake;
        this.drafts = drafts;
        this.json = json;
        this.needs = new NeedRows(taxonomy.activeTypes(), this::changed);
        addClassName("hubline-call");

        Paragraph keys = new Paragraph("Keyboard: Ctrl+S saves the call · Alt+N adds a need · Alt+M goes to "
                + "possible existing residents. Tab moves through the form in the order you ask.");
        keys.setId("call-shortcuts");
        keys.addClassName("hubline-hint");
        errorSummary.setId("call-errors");
        errorSummary.addClassName("hubline-error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.getElement().setAttribute("tabindex", "-1");
        errorSummary.setVisible(false);
        draftNotice.setId("draft-notice");
        draftNotice.setVisible(false);

        add(new H1("New call"), keys, draftNotice, errorSummary, callerSection(), residentArea(), routingSection(),
                needs, triageSection(), endSection(), buttons());

        Shortcuts.addShortcutListener(this, needs::addAndFocus, Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::focusMatches, Key.KEY_M, KeyModifier.ALT);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);

        resident.identifyingFields().forEach(f -> f.addValueChangeListener(e -> {
            if (!restoring) {
                findMatches();
            }
        }));
        resident.allFields().forEach(f -> f.addValueChangeListener(e -> changed()));
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(direction, channel, onBehalf, onBehalfName,
                onBehalfRelationship, onBehalfPhone, onBehalfConsent, ward, outOfArea, overrideHub, overrideHubReason,
                support, priorityOverride, overrideReason, outcome, note, callback)
                .forEach(f -> f.addValueChangeListener(e -> changed()));
    }

    private Section callerSection() {
        direction.setLabel("Direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        direction.setValue(Direction.INBOUND);
        direction.setId("call-direction");
        channel.setLabel("Came in by");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setValue(Channel.PHONE);
        channel.setId("call-channel");
        onBehalf.setId("call-on-behalf");
        onBehalfName.setId("on-behalf-name");
        onBehalfRelationship.setId("on-behalf-relationship");
        onBehalfPhone.setId("on-behalf-phone");
        onBehalfConsent.setId("on-behalf-consent");
        FormLayout behalf = new FormLayout(onBehalfName, onBehalfRelationship, onBehalfPhone, onBehalfConsent);
        behalf.setVisible(false);
        onBehalf.addValueChangeListener(e -> behalf.setVisible(e.getValue()));
        FormLayout call = new FormLayout(direction, channel, onBehalf);
        call.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        return new Section(new H2("Call"), call, behalf);
    }

    private Component residentArea() {
        returning.setId("returning-resident");
        returning.setVisible(false);
        newInstead.setId("new-resident-instead");
        newInstead.setVisible(false);
        newInstead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newInstead.addClickListener(e -> {
            existing = null;
            returning.setVisible(false);
            newInstead.setVisible(false);
            findMatches();
            changed();
        });
        matches.setId("matches");
        matches.getElement().setAttribute("aria-live", "polite");
        matches.getElement().setAttribute("tabindex", "-1");
        Aside aside = new Aside(new H2("Possible existing residents"), matches);
        aside.addClassName("hubline-matches");
        showMatches();
        Div form = new Div(returning, newInstead, resident);
        form.addClassName("hubline-resident-form");
        FlexLayout area = new FlexLayout(form, aside);
        area.addClassName("hubline-resident-area");
        return area;
    }

    private Section routingSection() {
        routeMessage.setId("route-message");
        routeMessage.getElement().setAttribute("aria-live", "polite");
        ward.setId("route-ward");
        ward.setItems(query -> intake.wardChoices(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        ward.setItemLabelGenerator(Ward::name);
        ward.setVisible(false);
        outOfArea.setItems("Route to a hub anyway", "Record as out of area");
        outOfArea.setId("route-out-of-area");
        outOfArea.setVisible(false);
        overrideHub.setItems(intake.hubChoices());
        overrideHub.setItemLabelGenerator(Hub::name);
        overrideHub.setClearButtonVisible(true);
        overrideHub.setId("route-override-hub");
        overrideHub.setHelperText("Only if this should not go to the hub routing chose");
        overrideHubReason.setId("route-override-reason");
        overrideHubReason.setValueChangeMode(ValueChangeMode.LAZY);
        FormLayout hand = new FormLayout(overrideHub, overrideHubReason);
        return new Section(new H2("Routing"), routeMessage, ward, outOfArea, hand);
    }

    private Section triageSection() {
        support.setLabel("Who supports them now");
        support.setItems(SupportNow.values());
        support.setItemLabelGenerator(SupportNow::label);
        support.setId("triage-support");
        priority.setId("triage-priority");
        priority.addClassName("hubline-priority");
        reasons.setId("triage-reasons");
        Div result = new Div(priority, reasons);
        result.getElement().setAttribute("aria-live", "polite");
        priorityOverride.setLabel("Change the priority");
        priorityOverride.setItems(Priority.values());
        priorityOverride.setItemLabelGenerator(p -> p == null ? "Keep the priority above" : p.label());
        priorityOverride.setEmptySelectionAllowed(true);
        priorityOverride.setEmptySelectionCaption("Keep the priority above");
        priorityOverride.setId("triage-override");
        overrideReason.setId("triage-override-reason");
        overrideReason.setValueChangeMode(ValueChangeMode.LAZY);
        return new Section(new H2("Triage"), support, result, new FormLayout(priorityOverride, overrideReason));
    }

    private Section endSection() {
        outcome.setLabel("How the call ended");
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(CallOutcome::label);
        outcome.setValue(CallOutcome.SPOKE_COMPLETE);
        outcome.setId("call-outcome");
        note.setId("call-note");
        note.setValueChangeMode(ValueChangeMode.LAZY);
        note.setMaxLength(2000);
        note.setWidthFull();
        callback.setId("call-callback");
        return new Section(new H2("End of call"), outcome, note, callback);
    }

    private Div buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-call");
        save.addClickListener(e -> save());
        discard.setId("discard-call");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> {
            drafts.discard();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        Div row = new Div(save, discard);
        row.addClassName("hubline-buttons");
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
        if (residentAsked != null && (existing == null || existing.id() != residentAsked)) {
            attach(residentAsked);
        }
        refreshPreview();
        if (existing == null) {
            resident.firstName.focus();
        }
    }

    // ---- matches

    private void findMatches() {
        currentMatches = existing == null ? intake.findResidents(resident.matchQuery()) : List.of();
        showMatches();
    }

    private void showMatches() {
        matches.removeAll();
        if (existing != null) {
            matches.add(new Paragraph("Attached to " + existing.name() + "."));
            return;
        }
        if (currentMatches.isEmpty()) {
            matches.add(new Paragraph("None yet. Type a name, date of birth, phone or postcode."));
            return;
        }
        for (ResidentMatch m : currentMatches) {
            Button use = new Button("Use " + m.name());
            use.setId("use-resident-" + m.residentId());
            use.addClickListener(e -> attach(m.residentId()));
            Paragraph who = new Paragraph(m.name() + " · born " + (m.dateOfBirth() == null ? "unknown"
                    : m.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")))
                    + " · " + (m.postcode() == null ? "no postcode" : m.postcode()));
            Paragraph why = new Paragraph((m.strength() == ResidentMatch.Strength.LIKELY ? "Likely" : "Possible")
                    + " match, score " + m.score() + ": " + String.join(", ", m.matched()));
            Div card = new Div(who, why, use);
            card.addClassName("hubline-match");
            card.addClassName(m.strength() == ResidentMatch.Strength.LIKELY ? "likely" : "possible");
            matches.add(card);
        }
        matches.add(new Paragraph("Not them? Carry on: a coordinator will check the closest match later."));
    }

    private void focusMatches() {
        matches.getChildren().flatMap(Component::getChildren).filter(Button.class::isInstance).findFirst()
                .map(Button.class::cast).ifPresentOrElse(Button::focus,
                        () -> matches.getElement().callJsFunction("focus"));
    }

    private void attach(long residentId) {
        existing = intake.resident(residentId);
        restoring = true;
        resident.setValue(existing.details());
        restoring = false;
        returning.setText("Returning resident: " + existing.name() + ". Check their details with them; changes "
                + "are saved with the call.");
        returning.setVisible(true);
        newInstead.setVisible(true);
        currentMatches = List.of();
        showMatches();
        changed();
        resident.firstName.focus();
    }

    // ---- preview, drafts, save

    private void changed() {
        if (restoring) {
            return;
        }
        refreshPreview();
        try {
            if (!drafts.save(json.writeValueAsString(command()))) {
                draftNotice.setText("This call is too long to keep as a draft: save it soon.");
                draftNotice.setVisible(true);
            }
        } catch (RuntimeException e) {
            draftNotice.setText("Your draft could not be kept just now: save the call when you can.");
            draftNotice.setVisible(true);
        }
    }

    private void refreshPreview() {
        CallPreview preview = intake.preview(resident.value(), routingChoice(), needs.value(), support.getValue());
        var route = preview.route();
        routeMessage.setText(route.message());
        boolean needsWard = route.status() == org.hubline.places.Route.Status.UNKNOWN_POSTCODE
                || route.status() == org.hubline.places.Route.Status.INVALID_POSTCODE
                || route.status() == org.hubline.places.Route.Status.WARD_CHOSEN;
        ward.setVisible(needsWard);
        outOfArea.setVisible(route.status() == org.hubline.places.Route.Status.OUT_OF_AREA
                || "Record as out of area".equals(outOfArea.getValue()));
        priority.setText(preview.triage().priority().label());
        reasons.setText(preview.triage().reasonsText());
    }

    private RoutingChoice routingChoice() {
        boolean recordOutOfArea = outOfArea.isVisible() && "Record as out of area".equals(outOfArea.getValue());
        return new RoutingChoice(ward.isVisible() && ward.getValue() != null ? ward.getValue().code() : null,
                overrideHub.getValue() == null ? null : overrideHub.getValue().id(), overrideHubReason.getValue(),
                recordOutOfArea);
    }

    private LogCall command() {
        OnBehalf behalf = onBehalf.getValue() ? new OnBehalf(onBehalfName.getValue(), onBehalfRelationship.getValue(),
                onBehalfPhone.getValue(), onBehalfConsent.getValue()) : null;
        ResidentMatch closest = existing == null && !currentMatches.isEmpty() ? currentMatches.get(0) : null;
        return new LogCall(existing, resident.value(), routingChoice(), needs.value(), support.getValue(),
                priorityOverride.getValue(), overrideReason.getValue(), callback.getValue(),
                new CallDetails(direction.getValue(), channel.getValue(), behalf, outcome.getValue(), note.getValue()),
                closest);
    }

    private void restore(String content) {
        LogCall draft;
        try {
            draft = json.readValue(content, LogCall.class);
        } catch (RuntimeException e) {
            return;
        }
        restoring = true;
        existing = draft.existing();
        resident.setValue(draft.resident());
        needs.setValue(draft.needs());
        support.setValue(draft.supportNow());
        priorityOverride.setValue(draft.priorityOverride());
        overrideReason.setValue(orEmpty(draft.overrideReason()));
        callback.setValue(draft.callbackNeeded());
        RoutingChoice r = draft.routing();
        if (r.wardCode() != null) {
            intake.wardChoices(r.wardCode()).stream().findFirst().ifPresent(ward::setValue);
        }
        if (r.hubId() != null) {
            intake.hubChoices().stream().filter(h -> h.id() == r.hubId()).findFirst().ifPresent(overrideHub::setValue);
        }
        overrideHubReason.setValue(orEmpty(r.reason()));
        if (r.outOfArea()) {
            outOfArea.setValue("Record as out of area");
        }
        CallDetails call = draft.call();
        if (call != null) {
            direction.setValue(call.direction());
            channel.setValue(call.channel());
            outcome.setValue(call.outcome());
            note.setValue(orEmpty(call.note()));
            if (call.onBehalf() != null) {
                onBehalf.setValue(true);
                onBehalfName.setValue(orEmpty(call.onBehalf().name()));
                onBehalfRelationship.setValue(orEmpty(call.onBehalf().relationship()));
                onBehalfPhone.setValue(orEmpty(call.onBehalf().phone()));
                onBehalfConsent.setValue(call.onBehalf().hasResidentsConsent());
            }
        }
        restoring = false;
        if (existing != null) {
            returning.setText("Returning resident: " + existing.name() + ".");
            returning.setVisible(true);
            newInstead.setVisible(true);
        } else {
            findMatches();
        }
        draftNotice.setText("This is the call you had not saved yet, as you left it. Save it, or discard it to "
                + "start again.");
        draftNotice.setVisible(true);
    }

    private void save() {
        clearErrors();
        try {
            LoggedCall logged = intake.logCall(command());
            String where = logged.route().hasHub() ? logged.route().hub().name() : "no hub yet";
            Notification done = Notification.show("Call saved: " + logged.triage().priority().label() + " · "
                    + logged.needs().size() + (logged.needs().size() == 1 ? " need → " : " needs → ") + where, 6000,
                    Notification.Position.TOP_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ResidentView.class,
                    new com.vaadin.flow.router.RouteParameters("id", String.valueOf(logged.residentId()))));
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (StaleEditException e) {
            showSummary(List.of(e.getMessage()));
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>(resident.byName());
        m.put("supportNow", support);
        m.put("overrideReason", overrideReason);
        m.put("routing", overrideHubReason);
        m.put("outcome", outcome);
        m.put("direction", direction);
        m.put("channel", channel);
        m.put("note", note);
        m.put("onBehalf.name", onBehalfName);
        m.put("onBehalf.relationship", onBehalfRelationship);
        m.put("onBehalf.phone", onBehalfPhone);
        return m;
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = fields();
        List<String> lines = new ArrayList<>();
        errors.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            } else if (field.equals("needs")) {
                needs.showError(message);
            }
            lines.add(message);
        });
        showSummary(lines);
    }

    private void showSummary(List<String> lines) {
        errorSummary.removeAll();
        errorSummary.add(new Paragraph(lines.size() == 1 ? "The call was not saved: fix this and save again."
                : "The call was not saved: fix these " + lines.size() + " things and save again."));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        lines.forEach(l -> list.add(new com.vaadin.flow.component.html.ListItem(l)));
        errorSummary.add(list);
        errorSummary.setVisible(true);
        errorSummary.getElement().callJsFunction("focus");
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        needs.showError(null);
        errorSummary.setVisible(false);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
