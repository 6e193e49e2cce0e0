package org.hubline.referrals;

import java.time.Instant;

/**
 * A referral was sent or a partner moved it on (accepted, declined, completed, could not help):
 * which hub, partner organisation and need category, when it was sent and when this happened
 * (for insight's referral outcomes and time to accept). No resident identity.
 */
public record ReferralMoved(long referralId, Long hubId, long organisationId, String categoryCode,
        ReferralStatus status, Instant sentAt, Instant at) {
}
