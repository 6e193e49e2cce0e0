package org.hubline.safeguarding.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.safeguarding.ConcernOutcome;
import org.hubline.safeguarding.ConcernSummary;
import org.hubline.safeguarding.Safeguarding;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.Room;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;

/**
 * The safeguarding lead's queue: open concerns, those in immediate danger first, each to
 * acknowledge and then close with the outcome (a referral to adult or children's social care with
 * its reference, or no further action with why); the latest closed below.
 */
@Route("safeguarding")
@PageTitle("Safeguarding concerns · Hubline")
@Menu(title = "Safeguarding concerns", order = 26, icon = "vaadin:shield")
@RolesAllowed(Roles.SAFEGUARDING_LEAD)
public class SafeguardingView extends Div {

    private final Safeguarding safeguarding;
    private final Clock clock;
    private final Grid<ConcernSummary> open = new Grid<>(ConcernSummary.class, false);
    private final Grid<ConcernSummary> closed = new Grid<>(ConcernSummary.class, false);

    public SafeguardingView(Safeguarding safeguarding, Clock clock) {
        this.safeguarding = safeguarding;
        this.clock = clock;
        columns(open, "safeguarding-open", "Open concerns");
        open.addComponentColumn(this::actions).setHeader("Next").setWidth("11rem").setFlexGrow(0);
        open.setEmptyStateText("No open concerns.");
        columns(closed, "safeguarding-closed", "Closed concerns");
        closed.addColumn(c -> c.outcome() == null ? "" : c.outcome().label() + (c.outcomeReference() == null ? ""
                : " · " + c.outcomeReference()) + (c.outcomeReason() == null ? "" : " · " + c.outcomeReason()))
                .setHeader("Outcome").setFlexGrow(1);
        closed.setEmptyStateText("None closed yet.");
        add(new H1("Safeguarding concerns"), new Paragraph("Concerns raised by call handlers and coordinators. "
                + "Acknowledge each, then record the outcome."), new H2("Open"), open, new H2("Closed"), closed);
        refresh();
    }

    private void columns(Grid<ConcernSummary> grid, String id, String label) {
        grid.setId(id);
        grid.setAriaLabel(label);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ConcernSummary::reference).setHeader("Ref").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(c -> (c.immediateDanger() ? "IMMEDIATE DANGER · " : "") + c.category().about().label() + ": "
                + c.category().label()).setHeader("Concern").setWidth("11rem");
        grid.addColumn(ConcernSummary::residentName).setHeader("Resident").setWidth("7rem");
        grid.addColumn(ConcernSummary::whatHappened).setHeader("What was seen or said").setWidth("12rem")
                .setFlexGrow(3);
        grid.addColumn(c -> c.raisedBy() + ", " + Formats.dateTime(c.raisedAt(), clock)).setHeader("Raised")
                .setWidth("8rem");
        grid.addColumn(ConcernSummary::status).setHeader("Status").setWidth("7rem");
        grid.setAllRowsVisible(true);
    }

    private Div actions(ConcernSummary c) {
        Div row = new Div();
        row.addClassName("hubline-next-steps");
        if (c.acknowledgedAt() == null) {
            Button ack = new Button("Acknowledge", e -> {
                try {
                    safeguarding.acknowledge(c);
                    Notification.show(c.reference() + " acknowledged");
                } catch (InvalidInputException | StaleEditException ex) {
                    Notification.show(ex.getMessage());
                }
                refresh();
            });
            ack.setAriaLabel("Acknowledge " + c.reference());
            ack.setId("acknowledge-" + c.id());
            row.add(ack);
        }
        Button outcome = new Button("Record outcome", e -> outcome(c));
        outcome.setAriaLabel("Record outcome of " + c.reference());
        outcome.setId("outcome-" + c.id());
        row.add(outcome);
        return row;
    }

    private void outcome(ConcernSummary c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Outcome of " + c.reference());
        Select<ConcernOutcome> outcome = new Select<>();
        outcome.setLabel("What was done");
        outcome.setItems(ConcernOutcome.values());
        outcome.setItemLabelGenerator(ConcernOutcome::label);
        outcome.setId("concern-outcome");
        outcome.setWidthFull();
        TextField reference = new TextField("Social care's reference");
        reference.setId("concern-outcome-reference");
        TextArea reason = new TextArea("Why no further action");
        reason.setId("concern-outcome-reason");
        reason.setWidthFull();
        Room.limit(reason, 2000);
        outcome.addValueChangeListener(e -> {
            reference.setVisible(e.getValue() != null && e.getValue().referral());
            reason.setVisible(e.getValue() != null && !e.getValue().referral());
        });
        reference.setVisible(false);
        reason.setVisible(false);
        FormErrors errors = new FormErrors("concern-outcome-errors", "The outcome was not recorded")
                .field("outcome", outcome).field("reference", reference).field("reason", reason);
        Button save = new Button("Close the concern", e -> errors.saved(() -> safeguarding.close(c, outcome.getValue(),
                reference.getValue(), reason.getValue())).ifPresent(done -> {
                    dialog.close();
                    refresh();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("concern-outcome-save");
        dialog.add(errors, outcome, reference, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("32rem");
        dialog.setMaxWidth("100%");
        dialog.open();
    }

    private void refresh() {
        open.setItems(safeguarding.queue());
        closed.setItems(safeguarding.closed());
    }
}
