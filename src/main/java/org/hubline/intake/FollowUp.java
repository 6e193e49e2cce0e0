package org.hubline.intake;

import java.util.Set;

/**
 * What a call to a returning resident does to what they already have open: the open request it is
 * about ({@code continuesRequestId}, logged against it instead of a duplicate need), and the
 * waiting callbacks it answers ({@code closesCallbacks}, closed with the call once the handler has
 * spoken to them).
 */
public record FollowUp(Long continuesRequestId, Set<Long> closesCallbacks) {

    public static final FollowUp NONE = new FollowUp(null, Set.of());

    public FollowUp {
        closesCallbacks = closesCallbacks == null ? Set.of() : Set.copyOf(closesCallbacks);
    }

    public boolean isEmpty() {
        return continuesRequestId == null && closesCallbacks.isEmpty();
    }
}
