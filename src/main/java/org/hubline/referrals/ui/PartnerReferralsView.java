package org.hubline.referrals.ui;

import java.time.Clock;
import java.util.EnumSet;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.Referrals;
import org.hubline.shared.security.Roles;

/** The VCS partner's portal: new referrals to accept or decline, accepted ones to complete, and closed ones. */
@Route("partner/referrals")
@PageTitle("Referrals · Hubline")
@Menu(title = "Referrals", order = 30, icon = "vaadin:exchange")
@RolesAllowed(Roles.PARTNER)
public class PartnerReferralsView extends Div {

    public PartnerReferralsView(Referrals referrals, Clock clock) {
        ReferralGrid fresh = new ReferralGrid("partner-new", "New referrals", clock);
        fresh.setItems(referrals.partnerQueue(EnumSet.of(ReferralStatus.SENT)));
        ReferralGrid accepted = new ReferralGrid("partner-accepted", "Accepted referrals", clock);
        accepted.setItems(referrals.partnerQueue(EnumSet.of(ReferralStatus.ACCEPTED)));
        ReferralGrid closed = new ReferralGrid("partner-closed", "Closed referrals", clock);
        closed.setItems(referrals.partnerQueue(EnumSet.of(ReferralStatus.DECLINED, ReferralStatus.COMPLETED,
                ReferralStatus.COULD_NOT_HELP, ReferralStatus.WITHDRAWN)));
        add(new H1("Referrals to your organisation"), new Paragraph("Accept or decline each new referral; when you "
                + "have helped, complete it. The hub sees every step."), new H2("New"), fresh,
                new H2("Accepted: to complete"), accepted, new H2("Closed"), closed);
    }
}
