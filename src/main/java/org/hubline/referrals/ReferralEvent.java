package org.hubline.referrals;

import java.time.Instant;

/** One step in a referral's history, by the hub or by the partner. */
public record ReferralEvent(String kind, String note, String actor, String side, Instant at) {
}
