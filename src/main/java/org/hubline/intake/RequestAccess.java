package org.hubline.intake;

import java.util.Objects;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which help request: call handlers every request (the helpline is borough-wide),
 * coordinators the requests with a need routed to one of their hubs.
 */
@Component
class RequestAccess {

    private final CurrentUser currentUser;

    RequestAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The hubs whose requests the user sees, for queries. */
    HubScope scope() {
        SignedInUser user = currentUser.require();
        return user.hasRole(Role.CALL_HANDLER) ? HubScope.everyHub() : currentUser.hubScope();
    }

    void require(HelpRequestSummary request) {
        HubScope scope = scope();
        boolean visible = scope.all() || request.needs().stream().map(NeedSummary::hubId).filter(Objects::nonNull)
                .anyMatch(scope::includes);
        if (!visible) {
            throw new AccessDeniedException("This request belongs to a hub you do not work for.");
        }
    }
}
