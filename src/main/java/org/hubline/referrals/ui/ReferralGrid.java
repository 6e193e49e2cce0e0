package org.hubline.referrals.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteParameters;

import org.hubline.referrals.ReferralSummary;
import org.hubline.shared.ui.Formats;

/** A list of referrals, each opening its page: used by the hub's list and the partner's portal. */
class ReferralGrid extends Grid<ReferralSummary> {

    ReferralGrid(String id, String label, Clock clock) {
        super(ReferralSummary.class, false);
        setId(id);
        setAriaLabel(label);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ReferralSummary::reference).setHeader("Reference").setAutoWidth(true);
        addColumn(r -> r.status().label() + (r.overdue() ? " · not accepted in time" : "")).setHeader("Status")
                .setAutoWidth(true);
        addColumn(r -> r.organisationName() + " · " + r.serviceName()).setHeader("Service").setFlexGrow(1);
        addColumn(r -> Formats.dateTime(r.createdAt(), clock)).setHeader("Sent").setAutoWidth(true);
        addComponentColumn(r -> {
            Button open = new Button("Open", e -> getUI().ifPresent(ui -> ui.navigate(ReferralView.class,
                    new RouteParameters("id", String.valueOf(r.id())))));
            open.setAriaLabel("Open " + r.reference());
            return open;
        }).setHeader("Referral").setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText("None.");
    }
}
