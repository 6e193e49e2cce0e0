package org.hubline.intake.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.UnroutedNeed;
import org.hubline.intake.UnroutedNeeds;
import org.hubline.places.Hub;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;

/**
 * Needs without a hub, so that none waits unseen: each with why it has no hub (postcode not known,
 * out of area, left to route later) and a way to send it to the hub that should have it.
 */
@Route("needs/without-hub")
@PageTitle("Needs without a hub · Hubline")
@Menu(title = "Needs without a hub", order = 20.5, icon = "vaadin:question-circle-o")
@RolesAllowed({Roles.HUB_COORDINATOR, Roles.ADMIN})
public class UnroutedNeedsView extends Div {

    private final UnroutedNeeds needs;
    private final Clock clock;
    private final Paragraph count = new Paragraph();
    private final Grid<UnroutedNeed> grid = new Grid<>(UnroutedNeed.class, false);

    public UnroutedNeedsView(UnroutedNeeds needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
        count.setId("without-hub-count");
        grid.setId("without-hub");
        grid.setAriaLabel("Needs without a hub");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> n.priority().name()).setHeader("Priority").setAutoWidth(true);
        grid.addColumn(n -> Formats.dateTime(n.dueAt(), clock)).setHeader("Due").setAutoWidth(true);
        grid.addColumn(UnroutedNeed::label).setHeader("Need").setAutoWidth(true);
        grid.addColumn(UnroutedNeedsView::forWhom).setHeader("For").setAutoWidth(true);
        grid.addColumn(UnroutedNeed::cause).setHeader("Why no hub").setAutoWidth(true);
        grid.addComponentColumn(n -> {
            Button send = new Button("Send to a hub", e -> sendDialog(n));
            send.setAriaLabel("Send " + n.label() + " for " + n.residentFirstName() + " to a hub");
            return send;
        }).setHeader("Hub").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Every need has a hub.");
        add(new H1("Needs without a hub"), new Paragraph("Needs the helpline could not route: the postcode was not "
                + "known, the caller was recorded as out of area, or the handler left it to route later. Send each "
                + "to the hub that should have it, or out-of-area ones to the hub that will signpost them."), count,
                grid);
        refresh();
    }

    private void sendDialog(UnroutedNeed need) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Send " + need.label() + " to a hub");
        ComboBox<Hub> hub = new ComboBox<>("Hub");
        hub.setItems(needs.hubChoices());
        hub.setItemLabelGenerator(Hub::name);
        hub.setId("without-hub-choice");
        TextField reason = new TextField("Why this hub");
        reason.setId("without-hub-reason");
        reason.setWidthFull();
        FormErrors errors = new FormErrors("without-hub-errors", "The need was not sent").field("hub", hub)
                .field("reason", reason);
        Button send = new Button("Send", e -> {
            if (errors.attempt(() -> needs.sendToHub(need.needId(), hub.getValue() == null ? null
                    : hub.getValue().id(), reason.getValue()))) {
                dialog.close();
                Notification.show(need.label() + " sent to " + hub.getValue().name() + ".");
                refresh();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("without-hub-send");
        dialog.add(errors, hub, reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        dialog.open();
    }

    /** First name and postcode for coordinators; admins, who do not work with residents, see neither. */
    private static String forWhom(UnroutedNeed n) {
        if (n.residentFirstName() == null) {
            return "—";
        }
        return n.residentFirstName() + (n.postcode() == null ? ", no postcode" : ", " + n.postcode());
    }

    private void refresh() {
        var listed = needs.list();
        int waiting = needs.count();
        grid.setItems(listed);
        count.setText(Formats.count(waiting, "need") + " waiting for a hub"
                + (listed.size() < waiting ? String.format("; the %,d most urgent are listed.", listed.size()) : "."));
    }
}
