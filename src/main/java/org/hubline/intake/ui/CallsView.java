package org.hubline.intake.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.accounts.Colleague;
import org.hubline.intake.CallbackItem;
import org.hubline.intake.CallbackQueue;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;

/**
 * The call handler's home: start a new call, and the callback queue by priority then age, with
 * unsuccessful attempts, due time against the SLA and who it is assigned to; unassigned
 * callbacks are shared among chosen handlers, least loaded first.
 */
@Route("calls")
@PageTitle("Calls · Hubline")
@Menu(title = "Calls", order = 10, icon = "vaadin:phone")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class CallsView extends Div {

    private final CallbackQueue callbacks;
    private final Clock clock;
    private final Grid<CallbackItem> queue = new Grid<>(CallbackItem.class, false);
    private final Paragraph count = new Paragraph();
    private final Checkbox mine = new Checkbox("Only my callbacks");

    public CallsView(CallbackQueue callbacks, Clock clock) {
        this.callbacks = callbacks;
        this.clock = clock;

        queue.setId("callback-queue");
        queue.setAriaLabel("Callback queue");
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.addColumn(CallbackItem::priority).setHeader("Priority").setAutoWidth(true);
        queue.addColumn(CallbackItem::residentName).setHeader("Resident").setAutoWidth(true);
        queue.addColumn(i -> (i.checksHelpArrived() ? "Check the help arrived" : i.reasons()))
                .setHeader("Why").setWidth("16rem").setFlexGrow(2);
        queue.addColumn(i -> Formats.dateTime(i.createdAt(), clock)).setHeader("Asked").setAutoWidth(true);
        queue.addColumn(this::due).setHeader("Due").setAutoWidth(true);
        queue.addColumn(i -> i.unsuccessfulAttempts() + (i.withCoordinator() ? " · with the hub's coordinator" : ""))
                .setHeader("Attempts").setAutoWidth(true);
        queue.addColumn(i -> i.hubName() == null ? "no hub" : i.hubName()).setHeader("Hub").setAutoWidth(true);
        queue.addComponentColumn(this::assignee).setHeader("Assigned to").setAutoWidth(true);
        queue.addComponentColumn(i -> {
            Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(ResidentView.class,
                    new RouteParameters("id", String.valueOf(i.residentId())))));
            open.setAriaLabel("Open " + i.residentName());
            return open;
        }).setHeader("Resident page").setAutoWidth(true);
        queue.setItems(q -> (mine.getValue() ? callbacks.myCallbacks(q.getOffset(), q.getLimit())
                : callbacks.callbacks(q.getOffset(), q.getLimit())).stream());
        count.setId("callback-count");
        mine.setId("my-callbacks");
        mine.addValueChangeListener(e -> refresh());

        Div tools = shareOut();
        add(new H1("Calls"), new Paragraph("Take a new call (Alt+C, from any page), or work the "
                + "callback queue: most urgent first, then oldest; a call back agreed for a later time waits until "
                + "then."), new H2("Callback queue"), count, tools, queue);
        refresh();
    }

    /** Shares the unassigned callbacks among the handlers chosen. */
    private Div shareOut() {
        MultiSelectComboBox<Colleague> handlers = new MultiSelectComboBox<>("Share unassigned callbacks among");
        handlers.setItems(callbacks.callbackHandlers());
        handlers.setItemLabelGenerator(Colleague::displayName);
        handlers.setId("share-handlers");
        handlers.setWidth("22rem");
        FormErrors errors = new FormErrors("share-errors", "The callbacks were not shared out")
                .field("handlers", handlers);
        Button share = new Button("Share them out", e -> errors.saved(() -> callbacks.assignCallbacks(
                handlers.getValue().stream().map(Colleague::username).toList())).ifPresent(given -> {
                    Notification.show("Shared: " + given.entrySet().stream()
                            .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", ")));
                    refresh();
                }));
        share.setId("share-callbacks");
        Div tools = new Div(errors, handlers, share, mine);
        tools.addClassName("hubline-filters");
        return tools;
    }

    private String due(CallbackItem i) {
        if (i.callBackAt() != null) {
            return (i.callBackAt().isBefore(clock.instant()) ? "Agreed for " : "Not before ")
                    + Formats.dateTime(i.callBackAt(), clock) + " (as agreed with them)";
        }
        boolean overdue = i.dueAt().isBefore(clock.instant());
        return (overdue ? "Overdue since " : "") + Formats.dateTime(i.dueAt(), clock);
    }

    private ComboBox<Colleague> assignee(CallbackItem item) {
        ComboBox<Colleague> box = new ComboBox<>();
        box.setItems(callbacks.callbackHandlers());
        box.setItemLabelGenerator(Colleague::displayName);
        box.setPlaceholder("Unassigned");
        box.setClearButtonVisible(true);
        box.setAriaLabel("Assign the callback for " + item.residentName());
        callbacks.callbackHandlers().stream().filter(c -> c.username().equals(item.assignee())).findFirst()
                .ifPresent(box::setValue);
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                callbacks.reassign(item, e.getValue() == null ? null : e.getValue().username());
            } catch (StaleEditException | InvalidInputException ex) {
                Notification.show(ex.getMessage());
            }
            refresh();
        });
        return box;
    }

    private void refresh() {
        queue.getDataProvider().refreshAll();
        count.setText(Formats.count(callbacks.countCallbacks(), "callback") + " waiting");
    }

}
