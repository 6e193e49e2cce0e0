package org.hubline.intake.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.hubline.shared.ui.Formats;
import org.hubline.intake.CallIntake;
import org.hubline.intake.FollowUp;
import org.hubline.intake.OpenWork;
import org.hubline.intake.OpenWorkCount;
import org.hubline.intake.ReturningCallers;
import org.hubline.intake.SupportNow;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;

/**
 * Who the call is about: the resident's details and, beside them, likely existing residents
 * found as the handler types. Using one attaches the call to that resident; the handler can
 * still treat the caller as new.
 */
class ResidentArea extends FlexLayout {


    final ResidentFields fields;
    private final CallIntake intake;
    private final ReturningCallers returningCallers;
    private final RadioButtonGroup<SupportNow> support;
    final OpenWorkPanel openWork;
    private final Runnable changed;
    private final Paragraph returning = new Paragraph();
    private final Button newInstead = new Button("Treat as a new resident instead");
    private final Div matches = new Div();
    private ResidentRecord existing;
    private List<ResidentMatch> currentMatches = List.of();
    private boolean restoring;

    ResidentArea(CallIntake intake, ReturningCallers returningCallers, RadioButtonGroup<SupportNow> support,
            Component ward, Clock clock, Runnable changed) {
        this.fields = new ResidentFields(support, ward);
        this.support = support;
        this.returningCallers = returningCallers;
        this.openWork = new OpenWorkPanel(clock, changed);
        this.intake = intake;
        this.changed = changed;
        returning.setId("returning-resident");
        returning.setVisible(false);
        newInstead.setId("new-resident-instead");
        newInstead.setVisible(false);
        newInstead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newInstead.addClickListener(e -> {
            existing = null;
            openWork.clear();
            returning.setVisible(false);
            newInstead.setVisible(false);
            findMatches();
            changed.run();
        });
        matches.setId("matches");
        matches.getElement().setAttribute("aria-live", "polite");
        matches.getElement().setAttribute("tabindex", "-1");
        Aside aside = new Aside(new H2("Possible existing residents"), matches);
        aside.addClassName("hubline-matches");
        showMatches();
        Div form = new Div(returning, newInstead, openWork, fields);
        form.addClassName("hubline-resident-form");
        add(form, aside);
        addClassName("hubline-resident-area");
        fields.identifyingFields().forEach(f -> f.addValueChangeListener(e -> {
            if (!restoring) {
                findMatches();
            }
        }));
        fields.allFields().forEach(f -> f.addValueChangeListener(e -> {
            if (!restoring) {
                changed.run();
            }
        }));
    }

    /** The resident the call is attached to, or {@code null} for a new one. */
    ResidentRecord existing() {
        return existing;
    }

    /** The best match offered for a new resident, for coordinators to review if it was them after all. */
    ResidentMatch closest() {
        return existing == null && !currentMatches.isEmpty() ? currentMatches.get(0) : null;
    }

    /** Attaches the call to a resident and fills in their details as they are now. */
    void attach(long residentId) {
        existing = intake.resident(residentId);
        setDetails(existing.details());
        returning.setText("Returning resident: " + existing.name() + ". Check their details with them; changes "
                + "are saved with the call.");
        returning.setVisible(true);
        newInstead.setVisible(true);
        currentMatches = List.of();
        showMatches();
        OpenWork open = returningCallers.openWork(residentId);
        openWork.show(open);
        if (support.isEmpty() && open.supportLastTime() != null) {
            support.setValue(open.supportLastTime());
        }
        changed.run();
        if (!openWork.focusFirst()) {
            fields.firstName.focus();
        }
    }

    /** Puts back a draft's resident without looking for matches on every field. */
    void restore(ResidentRecord draftExisting, ResidentDetails details, FollowUp followUp) {
        existing = draftExisting;
        setDetails(details);
        if (existing != null) {
            openWork.show(returningCallers.openWork(existing.id()));
            openWork.restore(followUp);
            returning.setText("Returning resident: " + existing.name() + ".");
            returning.setVisible(true);
            newInstead.setVisible(true);
        } else {
            findMatches();
        }
    }

    void focusMatches() {
        matches.getChildren().flatMap(Component::getChildren).filter(Button.class::isInstance).findFirst()
                .map(Button.class::cast).ifPresentOrElse(Button::focus,
                        () -> matches.getElement().callJsFunction("focus"));
    }

    private void setDetails(ResidentDetails details) {
        restoring = true;
        fields.setValue(details);
        restoring = false;
    }

    private void findMatches() {
        currentMatches = existing == null ? intake.findResidents(fields.matchQuery()) : List.of();
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
        Map<Long, OpenWorkCount> open = returningCallers.counts(currentMatches.stream().map(ResidentMatch::residentId)
                .toList());
        currentMatches.forEach(m -> matches.add(card(m, open.getOrDefault(m.residentId(), OpenWorkCount.NONE))));
        matches.add(new Paragraph("Not them? Carry on: a coordinator will check the closest match later."));
    }

    private Div card(ResidentMatch m, OpenWorkCount open) {
        Button use = new Button("Use " + m.name());
        use.setId("use-resident-" + m.residentId());
        use.addClickListener(e -> attach(m.residentId()));
        Paragraph who = new Paragraph(m.name() + " · born "
                + (m.dateOfBirth() == null ? "unknown" : Formats.date(m.dateOfBirth())) + " · "
                + (m.postcode() == null ? "no postcode" : m.postcode()));
        boolean likely = m.strength() == ResidentMatch.Strength.LIKELY;
        Paragraph why = new Paragraph((likely ? "Likely" : "Possible") + " match, score " + m.score() + ": "
                + String.join(", ", m.matched()));
        Div card = new Div(who, why);
        if (!open.inWords().isEmpty()) {
            Paragraph openNow = new Paragraph(open.inWords());
            openNow.addClassName("hubline-open-now");
            card.add(openNow);
        }
        card.add(use);
        card.addClassName("hubline-match");
        card.addClassName(likely ? "likely" : "possible");
        return card;
    }
}
