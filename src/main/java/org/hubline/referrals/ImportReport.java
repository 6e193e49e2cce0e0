package org.hubline.referrals;

import java.util.List;

/**
 * How an ORUK import went: services imported, or the problems found (and then nothing imported);
 * {@code withoutReferralEmail} names the organisations it added, which ORUK gives no referral email
 * for, so an admin sets one before they can be told of referrals. Existing organisations keep theirs.
 */
public record ImportReport(int imported, List<String> problems, List<String> withoutReferralEmail) {

    public ImportReport(int imported, List<String> problems) {
        this(imported, problems, List.of());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
