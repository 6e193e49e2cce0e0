package org.hubline.residents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which resident. The helpline is borough-wide, so call handlers see every
 * resident; a coordinator sees the residents of their own hubs only.
 */
@Component
class ResidentAccess {

    private final CurrentUser currentUser;
    private final ObjectProvider<HubsWorkingFor> work;

    ResidentAccess(CurrentUser currentUser, ObjectProvider<HubsWorkingFor> work) {
        this.currentUser = currentUser;
        this.work = work;
    }

    boolean maySee(Long hubId) {
        if (currentUser.hasAuthority(Residents.WEB_FORM_AUTHORITY)) {
            // The council's web form matches callers against the whole borough, like the helpline;
            // it can only find and add residents, never read them back.
            return true;
        }
        SignedInUser user = currentUser.require();
        if (user.hasRole(Role.CALL_HANDLER)) {
            return true;
        }
        return hubId != null && user.hasRole(Role.HUB_COORDINATOR) && currentUser.hubScope().includes(hubId);
    }

    /**
     * Whether the user may see the resident: for a coordinator, one of their hubs' residents or
     * one with open work routed to their hubs.
     */
    boolean maySee(long residentId, Long hubId) {
        if (maySee(hubId)) {
            return true;
        }
        if (!currentUser.require().hasRole(Role.HUB_COORDINATOR)) {
            return false;
        }
        var scope = currentUser.hubScope();
        return work.orderedStream().flatMap(w -> w.hubsWorkingFor(residentId).stream()).anyMatch(scope::includes);
    }

    /**
     * Of the residents (id → their own hub), those the user may see, as {@link #maySee(long, Long)}
     * decides, asking about routed work once for all of them.
     */
    Set<Long> visibleAmong(Map<Long, Long> hubByResident) {
        Set<Long> visible = new HashSet<>();
        List<Long> others = new ArrayList<>();
        hubByResident.forEach((id, hub) -> {
            if (maySee(hub)) {
                visible.add(id);
            } else {
                others.add(id);
            }
        });
        if (others.isEmpty() || !currentUser.require().hasRole(Role.HUB_COORDINATOR)) {
            return visible;
        }
        var scope = currentUser.hubScope();
        work.orderedStream().forEach(w -> w.hubsWorkingFor(others).forEach((id, hubs) -> {
            if (hubs.stream().anyMatch(scope::includes)) {
                visible.add(id);
            }
        }));
        return visible;
    }

    /** Refuses a resident the user may not see ({@link #maySee(long, Long)}). */
    void require(long residentId, Long hubId) {
        if (!maySee(residentId, hubId)) {
            throw new AccessDeniedException("This resident belongs to a hub you do not work for.");
        }
    }
}
