package org.hubline.insight.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.PlaceholderView;

/** The strategic director's home: demand dashboards. */
@Route("insight")
@PageTitle("Demand insight · Hubline")
@Menu(title = "Demand insight", order = 40, icon = "vaadin:chart")
@RolesAllowed({Roles.STRATEGIC_DIRECTOR, Roles.ADMIN})
public class InsightView extends PlaceholderView {

    public InsightView() {
        super("Demand insight", "Where demand comes from and how it is changing: aggregates only, never a name.",
                "Calls and needs by hub, ward and theme", "Repeat and complex demand",
                "Referral outcomes and backlog", "Alerts when demand rises sharply");
    }
}
