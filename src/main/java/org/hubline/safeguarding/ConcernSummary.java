package org.hubline.safeguarding;

import java.time.Instant;

/** A safeguarding concern as the safeguarding lead reads it. */
public record ConcernSummary(long id, long residentId, String residentName, ConcernCategory category,
        String whatHappened, boolean immediateDanger, String status, boolean closed, String raisedBy,
        Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt, ConcernOutcome outcome,
        String outcomeReference, String outcomeReason, String closedBy, Instant closedAt, int version) {

    public String reference() {
        return "SG-" + id;
    }
}
