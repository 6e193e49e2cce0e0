package org.hubline.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String recordType,
        String recordId, String detail) {
}
