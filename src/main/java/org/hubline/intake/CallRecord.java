package org.hubline.intake;

import java.time.Instant;

/** A call as logged. */
public record CallRecord(long id, long residentId, Long requestId, Direction direction, Channel channel,
        Instant occurredAt, String handler, OnBehalf onBehalf, CallOutcome outcome, String note) {
}
