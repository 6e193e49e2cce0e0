package org.hubline.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.casework.CaseSummary;
import org.hubline.casework.Casework;
import org.hubline.shared.security.Roles;

/** The lead worker's cases: reviews due and actions overdue first. */
@Route("my-cases")
@PageTitle("My cases · Hubline")
@Menu(title = "My cases", order = 23, icon = "vaadin:folder-open")
@RolesAllowed({Roles.HUB_COORDINATOR, Roles.CALL_HANDLER})
public class MyCasesView extends Div {

    public MyCasesView(Casework casework) {
        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        grid.setId("my-cases");
        grid.setAriaLabel("My cases");
        grid.addColumn(CaseSummary::residentName).setHeader("Resident").setAutoWidth(true);
        grid.addColumn(c -> "OPEN".equals(c.status()) ? "Open" : "Closed").setHeader("Case").setAutoWidth(true);
        grid.addColumn(c -> c.nextReview() == null ? "" : (c.reviewDue() ? "Due: " : "") + c.nextReview())
                .setHeader("Review").setAutoWidth(true);
        grid.addColumn(c -> c.actionsOpen() + " to do" + (c.actionsOverdue() > 0 ? ", " + c.actionsOverdue()
                + " overdue" : "")).setHeader("Actions").setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                    new RouteParameters("id", String.valueOf(c.id())))));
            open.setAriaLabel("Open the case of " + c.residentName());
            return open;
        }).setHeader("Case file").setAutoWidth(true);
        grid.setItems(casework.myCases());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("You lead no cases.");
        add(new H1("My cases"), grid);
    }
}
