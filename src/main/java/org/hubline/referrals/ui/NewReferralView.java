package org.hubline.referrals.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.referrals.PathwayOption;
import org.hubline.referrals.ReferralPreview;
import org.hubline.referrals.Referrals;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.ui.Room;
import org.springframework.security.access.AccessDeniedException;

/**
 * Refers a need to a partner's service: the need's pathway first (with capacity), exactly what
 * the partner will see, consent to share checked (and recordable now, on the call), then send.
 */
@Route("referrals/new")
@PageTitle("Refer a need · Hubline")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class NewReferralView extends Div implements BeforeEnterObserver {

    private final Referrals referrals;
    private final RadioButtonGroup<PathwayOption> service = new RadioButtonGroup<>("Refer to");
    private final Pre preview = new Pre();
    private final Paragraph consentState = new Paragraph();
    private final Checkbox consentNow = new Checkbox("The resident agrees, now, to these details being shared with "
            + "partner organisations");
    private final TextArea note = new TextArea("Note for the partner");
    private final FormErrors problem = new FormErrors("referral-problem", "The referral was not sent");
    private long needId;

    public NewReferralView(Referrals referrals) {
        this.referrals = referrals;
        addClassName("hubline-referral");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            needId = Long.parseLong(event.getLocation().getQueryParameters().getSingleParameter("need").orElse(""));
            show(referrals.options(needId));
        } catch (NumberFormatException | InvalidInputException e) {
            add(new H1("Refer a need"), new Paragraph("Open a resident's page and choose Refer beside the need."));
        } catch (AccessDeniedException e) {
            add(new H1("Refer a need"), new Paragraph(e.getMessage()));
        }
    }

    private void show(List<PathwayOption> options) {
        service.setItems(options);
        service.setItemLabelGenerator(o -> (o.onPathway() ? o.position() + ". " : "Also: ")
                + o.service().organisationName() + " · " + o.service().details().name() + " — capacity "
                + o.service().details().capacity().label().toLowerCase());
        service.setId("referral-service");
        preview.setId("referral-preview");
        preview.addClassName("hubline-shared");
        consentState.setId("referral-consent");
        consentNow.setId("referral-consent-now");
        consentNow.setVisible(false);
        note.setId("referral-note");
        Room.limit(note, 1000);
        note.setWidthFull();
        problem.field("service", service).field("note", note);
        service.addValueChangeListener(e -> showPreview());
        Button send = new Button("Send the referral", e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("referral-send");
        add(new H1("Refer a need"), new Paragraph(options.isEmpty() ? "No active service meets this need in this "
                + "hub: add one to the directory, or to the pathway." : "Services on the pathway come first, in the "
                + "hub's preferred order."), service, new H2("What the partner will see"), preview, consentState,
                consentNow, note, problem, send);
        if (!options.isEmpty()) {
            service.setValue(options.get(0));
        }
    }

    private void showPreview() {
        if (service.getValue() == null) {
            return;
        }
        ReferralPreview p = referrals.preview(needId, service.getValue().service().id());
        preview.setText(p.sharedDetails() + (note.getValue().isBlank() ? "" : "\nFrom the hub: " + note.getValue()));
        consentState.setText(p.consentToShare() ? p.residentName() + " has consented to sharing with partners."
                : p.residentName() + " has not consented to sharing with partners. Ask them now: without consent "
                        + "the referral cannot be sent.");
        consentNow.setVisible(!p.consentToShare());
    }

    private void send() {
        if (service.getValue() == null) {
            problem.show(Map.of("service", "Choose a service to refer to"));
            return;
        }
        problem.saved(() -> {
            if (consentNow.isVisible() && consentNow.getValue()) {
                referrals.recordConsentNow(needId, "Agreed to sharing for a referral to "
                        + service.getValue().service().organisationName());
            }
            return referrals.refer(needId, service.getValue().service().id(), note.getValue());
        }).ifPresentOrElse(sent -> getUI().ifPresent(ui -> ui.navigate(ReferralView.class,
                new RouteParameters("id", String.valueOf(sent.id())))), this::showPreview);
    }
}
