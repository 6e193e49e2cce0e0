package org.hubline.volunteers.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.HubChoice;
import org.hubline.volunteers.Skill;
import org.hubline.volunteers.VolunteerRecord;
import org.hubline.volunteers.VolunteerRoster;

/** The hub's volunteer register: who they are, what they do, their checks and how busy they are. */
@Route("volunteers")
@PageTitle("Volunteers · Hubline")
@Menu(title = "Volunteers", order = 22, icon = "vaadin:handshake")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class VolunteersView extends Div {

    private final VolunteerRoster roster;
    private final Select<HubRef> hub;
    private final Grid<VolunteerRecord> grid = new Grid<>(VolunteerRecord.class, false);

    public VolunteersView(VolunteerRoster roster, CurrentUser currentUser) {
        this.roster = roster;
        List<HubRef> myHubs = currentUser.require().hubs();
        Map<String, String> skillNames = roster.skills().stream()
                .collect(Collectors.toMap(Skill::code, Skill::name));
        hub = HubChoice.of(myHubs, "volunteers-hub");
        hub.addValueChangeListener(e -> refresh());
        grid.setId("volunteers");
        grid.setAriaLabel("Volunteers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(VolunteerRecord::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(v -> v.details().status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(v -> v.details().skills().stream().map(s -> skillNames.getOrDefault(s, s)).sorted()
                .collect(Collectors.joining(", "))).setHeader("Skills").setFlexGrow(1);
        grid.addColumn(v -> v.details().dbsLevel().label() + (v.details().dbsRenewalDue() == null ? ""
                : ", renew by " + v.details().dbsRenewalDue())).setHeader("DBS").setAutoWidth(true);
        grid.addColumn(v -> v.activeTasks() + " of " + v.details().maxTasks()).setHeader("Tasks").setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Button edit = new Button("Edit", e -> new VolunteerFormDialog(roster, myHubs, roster.get(v.id()),
                    this::refresh).open());
            edit.setAriaLabel("Edit " + v.name());
            return edit;
        }).setHeader("Change").setAutoWidth(true);
        Button add = new Button("Add a volunteer", e -> new VolunteerFormDialog(roster, myHubs, null, this::refresh)
                .open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-volunteer");
        add(new H1("Volunteers"), new Paragraph("Volunteers do not sign in: you record everything about them here."),
                hub, add, grid);
        if (!myHubs.isEmpty()) {
            hub.setValue(myHubs.get(0));
        }
    }

    private void refresh() {
        if (hub.getValue() != null) {
            grid.setItems(roster.ofHub(hub.getValue().id()));
        }
    }
}
