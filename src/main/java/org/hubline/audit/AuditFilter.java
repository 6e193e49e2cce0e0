package org.hubline.audit;

import java.time.LocalDate;

/**
 * What an admin is looking for in the audit trail. Every part is optional (null or blank means
 * any); {@code from} and {@code to} are whole days, inclusive, in the council's time zone.
 */
public record AuditFilter(String actor, String action, String recordType, String recordId, LocalDate from,
        LocalDate to) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
