package org.hubline.intake;

import java.time.Instant;

/**
 * A need ended (met, not met or closed): where it was, how urgent, when it was asked for, due and
 * resolved (for insight's time to resolution against SLA). No resident identity.
 */
public record NeedResolved(long needId, Long hubId, String wardCode, String categoryCode, Priority priority,
        NeedStatus status, Instant askedAt, Instant dueAt, Instant resolvedAt) {

    public boolean withinSla() {
        return !resolvedAt.isAfter(dueAt);
    }
}
