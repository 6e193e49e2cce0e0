package org.hubline.safeguarding;

import java.util.List;

import org.hubline.intake.ResidentPanels;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * On the resident's page, and on the call screen once the caller is known, handlers and
 * coordinators can raise a safeguarding concern (the call's draft is kept meanwhile), and see
 * that concerns were raised (never what was said).
 */
@Component
class ConcernPanels implements ResidentPanels {

    private final Safeguarding safeguarding;
    private final CurrentUser currentUser;

    ConcernPanels(Safeguarding safeguarding, CurrentUser currentUser) {
        this.safeguarding = safeguarding;
        this.currentUser = currentUser;
    }

    @Override
    public List<Panel> panelsFor(long residentId) {
        var user = currentUser.require();
        if (!user.hasRole(Role.HUB_COORDINATOR) && !user.hasRole(Role.CALL_HANDLER)) {
            return List.of();
        }
        List<String> flags = safeguarding.flags(residentId);
        return List.of(new Panel("Raise a safeguarding concern", flags.isEmpty()
                ? List.of("No safeguarding concern has been raised about them.") : flags,
                "safeguarding/new?resident=" + residentId, true));
    }
}
