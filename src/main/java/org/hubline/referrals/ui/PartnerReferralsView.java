package org.hubline.referrals.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.PlaceholderView;

/** The VCS partner's home: referrals sent to their organisation. */
@Route("partner/referrals")
@PageTitle("Referrals · Hubline")
@Menu(title = "Referrals", order = 30, icon = "vaadin:exchange")
@RolesAllowed(Roles.PARTNER)
public class PartnerReferralsView extends PlaceholderView {

    public PartnerReferralsView() {
        super("Referrals to your organisation", "Referrals the council's hubs send to your organisation.",
                "New referrals to accept or decline", "Referrals in progress to complete", "Comments with the hub");
    }
}
