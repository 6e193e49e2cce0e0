package org.hubline.casework.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.casework.Casework;
import org.hubline.casework.ComplexDemand;
import org.hubline.casework.FlaggedResident;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.ui.HubChoice;
import org.hubline.shared.security.Roles;

/** The coordinator's complex-demand queue: residents flagged by the rules, highest risk first, with why. */
@Route("complex-demand")
@PageTitle("Complex demand · Hubline")
@Menu(title = "Complex demand", order = 21, icon = "vaadin:warning")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class ComplexDemandView extends Div {

    private final Casework casework;
    private final ComplexDemand complexDemand;
    private final Select<HubRef> hub;
    private final Grid<FlaggedResident> grid = new Grid<>(FlaggedResident.class, false);

    private final String me;

    public ComplexDemandView(Casework casework, ComplexDemand complexDemand, CurrentUser currentUser) {
        this.casework = casework;
        this.complexDemand = complexDemand;
        List<HubRef> myHubs = currentUser.require().hubs();
        me = currentUser.require().getUsername();
        hub = HubChoice.of(myHubs, "complex-hub");
        hub.addValueChangeListener(e -> refresh());
        grid.setId("complex-demand");
        grid.setAriaLabel("Residents flagged for complex demand");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FlaggedResident::name).setHeader("Resident").setAutoWidth(true);
        grid.addColumn(FlaggedResident::risk).setHeader("Risk").setAutoWidth(true);
        grid.addColumn(f -> f.reasons().stream().map(r -> r.rule() + " (" + r.facts() + ")")
                .collect(Collectors.joining("; "))).setHeader("Why").setFlexGrow(1);
        grid.addComponentColumn(f -> {
            Button b = f.openCaseId() == null ? new Button("Open a case", e -> openCase(f))
                    : new Button("Go to the case", e -> go(f.openCaseId()));
            b.setAriaLabel((f.openCaseId() == null ? "Open a case for " : "Go to the case of ") + f.name());
            return b;
        }).setHeader("Case").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("Nobody is flagged: no rule fires for anyone in this hub just now.");
        add(new H1("Complex demand"), new Paragraph("Residents whose calls and needs suggest they are not coping, "
                + "by the rules in force; each says which rule fired and the facts."), hub, grid);
        if (!myHubs.isEmpty()) {
            hub.setValue(myHubs.get(0));
        }
    }

    private void openCase(FlaggedResident f) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Open a case for " + f.name());
        OpenCaseForm form = new OpenCaseForm(casework, f.residentId(), f.reasons().stream().map(r -> r.facts())
                .collect(Collectors.joining("; ")), me, id -> {
                    dialog.close();
                    go(id);
                });
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), form.openButton());
        dialog.open();
    }

    private void go(long caseId) {
        getUI().ifPresent(ui -> ui.navigate(CaseView.class, new RouteParameters("id", String.valueOf(caseId))));
    }

    private void refresh() {
        if (hub.getValue() != null) {
            grid.setItems(complexDemand.queue(hub.getValue().id()));
        }
    }
}
