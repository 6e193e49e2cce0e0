package org.hubline.referrals.ui;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.shared.security.Roles;

/** Referrals sent by the hubs (a coordinator's own hubs), with those not accepted in time flagged. */
@Route("referrals")
@PageTitle("Referrals · Hubline")
@Menu(title = "Referrals", order = 24, icon = "vaadin:exchange")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class HubReferralsView extends Div {

    public HubReferralsView(Referrals referrals, Clock clock) {
        List<ReferralSummary> all = referrals.forHubs(EnumSet.allOf(ReferralStatus.class));
        ReferralGrid grid = new ReferralGrid("hub-referrals", "Referrals", clock);
        Checkbox overdueOnly = new Checkbox("Only those not accepted in time");
        overdueOnly.setId("referrals-overdue-only");
        overdueOnly.addValueChangeListener(e -> grid.setItems(e.getValue()
                ? all.stream().filter(ReferralSummary::overdue).toList() : all));
        grid.setItems(all);
        long overdue = all.stream().filter(ReferralSummary::overdue).count();
        Paragraph summary = new Paragraph(overdue == 0 ? "Every referral sent has been answered in time."
                : overdue + (overdue == 1 ? " referral has" : " referrals have") + " not been accepted in time: "
                        + "follow them up with the partner.");
        summary.setId("referrals-summary");
        add(new H1("Referrals"), summary, overdueOnly, grid);
    }
}
