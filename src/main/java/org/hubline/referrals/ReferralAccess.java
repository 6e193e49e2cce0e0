package org.hubline.referrals;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a referral: the partner organisation it was sent to, handlers (the whole borough)
 * and the coordinators of its hub.
 */
@Component
class ReferralAccess {

    private final CurrentUser currentUser;

    ReferralAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    void require(ReferralStore.Row row) {
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.PARTNER)) {
            if (currentUser.requirePartnerOrganisation() != row.organisationId()) {
                throw new AccessDeniedException("This referral was sent to another organisation.");
            }
            return;
        }
        HubScope scope = staffScope();
        if (!scope.all() && (row.hubId() == null || !scope.includes(row.hubId()))) {
            throw new AccessDeniedException("This referral belongs to a hub you do not work for.");
        }
    }

    HubScope staffScope() {
        return currentUser.require().hasRole(Role.CALL_HANDLER) ? HubScope.everyHub() : currentUser.hubScope();
    }

    /** Which side of the referral the user is on, for its history. */
    String side() {
        return currentUser.require().hasRole(Role.PARTNER) ? "PARTNER" : "HUB";
    }
}
