package org.hubline.intake.ui;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.HubResident;
import org.hubline.intake.HubResidentFilter;
import org.hubline.intake.HubResidents;
import org.hubline.intake.Priority;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.HubChoice;

/**
 * A coordinator's residents: everyone with a need routed to the hub, filtered by open needs,
 * priority, vulnerability, last contact and the complex-demand flag; the most urgent and those not
 * heard from longest first, each leading to their page.
 */
@Route("hub/residents")
@PageTitle("Our residents · Hubline")
@Menu(title = "Our residents", order = 20.7, icon = "vaadin:group")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class HubResidentsView extends Div {

    private final HubResidents residents;
    private final Select<HubRef> hub;
    private final Checkbox openNeeds = new Checkbox("Only with open needs");
    private final Select<Priority> priority = new Select<>();
    private final Select<Vulnerability> vulnerability = new Select<>();
    private final Select<HubResidentFilter.LastContact> lastContact = new Select<>();
    private final Checkbox flagged = new Checkbox("Only flagged as complex");
    private final Paragraph count = new Paragraph();
    private final Grid<HubResident> grid = new Grid<>(HubResident.class, false);

    public HubResidentsView(HubResidents residents, CurrentUser currentUser, Clock clock) {
        this.residents = residents;
        List<HubRef> myHubs = currentUser.require().hubs();
        hub = HubChoice.of(myHubs, "hub-residents-hub");
        filters();
        columns(clock);
        count.setId("hub-residents-count");
        Div bar = new Div(hub, openNeeds, priority, vulnerability, lastContact, flagged);
        bar.addClassName("hubline-filters");
        add(new H1("Our residents"), bar, count, grid);
        if (myHubs.isEmpty()) {
            count.setText("You are not a coordinator of any hub yet: ask an admin to add you to one.");
        } else {
            hub.setValue(myHubs.get(0));
        }
    }

    private void filters() {
        openNeeds.setId("hub-residents-open");
        flagged.setId("hub-residents-flagged");
        anyOf(priority, "Most urgent open need", Priority.values(), Priority::label, "Any", "priority");
        anyOf(vulnerability, "Vulnerability", Vulnerability.values(), Vulnerability::label, "Any", "vulnerability");
        anyOf(lastContact, "Last spoken to", HubResidentFilter.LastContact.values(),
                HubResidentFilter.LastContact::label, "Any time", "last-contact");
        hub.addValueChangeListener(e -> refresh());
        openNeeds.addValueChangeListener(e -> refresh());
        priority.addValueChangeListener(e -> refresh());
        vulnerability.addValueChangeListener(e -> refresh());
        lastContact.addValueChangeListener(e -> refresh());
        flagged.addValueChangeListener(e -> refresh());
    }

    /** A filter that may be left at "any": its choices, their labels and what "any" is called. */
    private static <T> void anyOf(Select<T> select, String label, T[] items, Function<T, String> labels, String any,
            String id) {
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? any : labels.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setId("hub-residents-" + id);
    }

    private void columns(Clock clock) {
        grid.setId("hub-residents");
        grid.setAriaLabel("Residents of the hub");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor("residents/" + r.residentId(), r.name())).setHeader("Resident")
                .setAutoWidth(true);
        grid.addColumn(r -> r.postcode() == null ? "" : r.postcode()).setHeader("Postcode").setAutoWidth(true);
        grid.addColumn(r -> r.openNeeds() == 0 ? "None" : r.openNeeds() + " · most urgent " + r.topPriority().name())
                .setHeader("Open needs").setAutoWidth(true);
        grid.addColumn(r -> r.lastContact() == null ? "Never reached" : Formats.dateTime(r.lastContact(), clock))
                .setHeader("Last spoken to").setAutoWidth(true);
        grid.addColumn(r -> String.join(" · ", flags(r))).setHeader("Flags").setAutoWidth(true);
        grid.setHeight("70vh");
        grid.setEmptyStateText("Nobody matches these filters.");
    }

    private static List<String> flags(HubResident r) {
        return r.vulnerable() && r.flaggedAsComplex() ? List.of("Vulnerable", "Flagged as complex")
                : r.vulnerable() ? List.of("Vulnerable") : r.flaggedAsComplex() ? List.of("Flagged as complex")
                        : List.of();
    }

    private void refresh() {
        HubRef chosen = hub.getValue();
        if (chosen == null) {
            return;
        }
        HubResidents.Listing listing = residents.list(chosen.id(), new HubResidentFilter(openNeeds.getValue(),
                priority.getValue(), vulnerability.getValue(), lastContact.getValue(), flagged.getValue()));
        grid.setItems(listing.residents());
        count.setText(listing.matched() > listing.residents().size()
                ? "Showing the first " + Formats.count(listing.residents().size(), "resident") + " of "
                        + String.format("%,d", listing.matched()) + ": narrow the filters to see the rest."
                : Formats.count(listing.matched(), "resident") + " of " + chosen.name());
    }
}
