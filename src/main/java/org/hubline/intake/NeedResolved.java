package org.hubline.intake;

import java.time.Instant;

/**
 * A need ended (met, not met or closed): where it was, how urgent, when it was asked for, due and
 * resolved (for insight's time to resolution against SLA). No resident identity.
 */
public record NeedResolved(long needId, Long hubId, String wardCode, String categoryCode, Priority priority,
        NeedStatus status, Instant askedAt, Instant dueAt, Instant resolvedAt, String routeStatus) {

    /** A need that ended with a hub (how it was routed then does not matter to who reads it). */
    public NeedResolved(long needId, Long hubId, String wardCode, String categoryCode, Priority priority,
            NeedStatus status, Instant askedAt, Instant dueAt, Instant resolvedAt) {
        this(needId, hubId, wardCode, categoryCode, priority, status, askedAt, dueAt, resolvedAt, null);
    }

    public boolean withinSla() {
        return !resolvedAt.isAfter(dueAt);
    }
}
