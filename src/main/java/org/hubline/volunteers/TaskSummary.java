package org.hubline.volunteers;

import java.math.BigDecimal;
import java.time.Instant;

/** A volunteer task with the need it serves and who has it. */
public record TaskSummary(long id, long needId, long hubId, String wardCode, TaskType type, Instant dueAt,
        String instructions, TaskStatus status, Long volunteerId, String volunteerName, String outcomeReason,
        BigDecimal hours, String createdBy, Instant createdAt, int version) {
}
