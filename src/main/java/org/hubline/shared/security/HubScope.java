package org.hubline.shared.security;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * The hubs whose records a user may see. Services apply it in their queries
 * ({@link #all()} or {@link #hubIds()}) and to single records ({@link #require(long)}).
 */
public record HubScope(boolean all, Set<Long> hubIds) {

    public HubScope {
        hubIds = Set.copyOf(hubIds);
    }

    public static HubScope everyHub() {
        return new HubScope(true, Set.of());
    }

    public static HubScope of(Set<Long> hubIds) {
        return new HubScope(false, hubIds);
    }

    public boolean includes(long hubId) {
        return all || hubIds.contains(hubId);
    }

    /** Refuses access to a record of a hub outside the scope. */
    public void require(long hubId) {
        if (!includes(hubId)) {
            throw new AccessDeniedException("This record belongs to a hub you do not work for.");
        }
    }
}
