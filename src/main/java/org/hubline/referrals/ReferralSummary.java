package org.hubline.referrals;

import java.time.Instant;
import java.util.List;

/**
 * A referral of a need to a partner's service: its reference, status, exactly what was shared
 * with the partner, its history both ways, and whether it is waiting too long to be accepted.
 */
public record ReferralSummary(long id, long needId, long residentId, Long hubId, long serviceId, String serviceName,
        long organisationId, String organisationName, ReferralStatus status, String sharedDetails, String createdBy,
        Instant createdAt, Instant updatedAt, int version, boolean overdue, List<ReferralEvent> history) {

    public String reference() {
        return reference(id);
    }

    public static String reference(long id) {
        return "REF-" + String.format("%06d", id);
    }
}
