package org.hubline.volunteers.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;

import org.hubline.intake.CallbackClosing;
import org.hubline.intake.CallbackItem;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.volunteers.HubToday;

/**
 * On *My hub today*: the callbacks the helpline could not get through on after the set number of
 * tries, each settled in its row by a volunteer's doorstep check, a letter, or closing it.
 */
class UnreachableCallbacksSection extends Section {

    private final HubToday today;
    private final Runnable onSettled;
    private final Grid<CallbackItem> grid = new Grid<>(CallbackItem.class, false);
    private final Paragraph about = new Paragraph();
    private Long hubId;

    /** {@code onSettled} refreshes the page around it (a doorstep check adds a task). */
    UnreachableCallbacksSection(HubToday today, Clock clock, Runnable onSettled) {
        this.today = today;
        this.onSettled = onSettled;
        setId("unreachable-callbacks");
        grid.setId("unreachable-grid");
        grid.setAriaLabel("Callbacks nobody got through on");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(i -> new Anchor("residents/" + i.residentId(), i.residentName()))
                .setHeader("Resident").setAutoWidth(true);
        grid.addColumn(i -> i.priority().name() + (i.checksHelpArrived() ? " · check the help arrived" : ""))
                .setHeader("Callback").setAutoWidth(true);
        grid.addColumn(i -> Formats.count(i.unsuccessfulAttempts(), "attempt") + " · asked "
                + Formats.dateTime(i.createdAt(), clock)).setHeader("Tried").setAutoWidth(true);
        grid.addComponentColumn(this::choices).setHeader("Settle it").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("None: every callback is being reached.");
        about.setText("After " + Formats.count(today.attemptsBeforeCoordinator(), "attempt") + " without reaching "
                + "the resident, a callback comes here for you to settle.");
        add(new H2("Callbacks nobody got through on"), about, grid);
    }

    void show(long hub) {
        hubId = hub;
        grid.setItems(today.unreachableCallbacks(hub));
    }

    private Div choices(CallbackItem i) {
        Button doorstep = new Button("Doorstep check", e -> settle(() -> today.doorstepCheck(hubId, i),
                "A doorstep check task is waiting for a volunteer"));
        doorstep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        doorstep.setAriaLabel("Doorstep check for " + i.residentName());
        Button letter = new Button("Letter sent", e -> settle(() -> today.settleCallback(i, CallbackClosing.LETTER),
                "Settled: a letter was sent"));
        letter.setAriaLabel("Letter sent to " + i.residentName());
        Button close = new Button("Close", e -> settle(() -> today.settleCallback(i, CallbackClosing.CLOSED),
                "Callback closed"));
        close.setAriaLabel("Close the callback for " + i.residentName());
        Div row = new Div(doorstep, letter, close);
        row.addClassName("hubline-next-steps");
        return row;
    }

    private void settle(Runnable settling, String done) {
        try {
            settling.run();
            Notification.show(done);
        } catch (InvalidInputException | StaleEditException ex) {
            Notification.show(ex.getMessage());
        }
        onSettled.run();
    }
}
