package org.hubline.referrals;

import java.time.Instant;

/**
 * What a search of the directory asks for: text, one need category or any (for a taxonomy), a
 * capacity, a hub,
 * active and own services only (what the open directory publishes), ages, opening times and days,
 * and changes since; {@code nothing} matches no service (an unknown taxonomy term).
 */
record DirectoryFilter(String text, String category, boolean anyCategory, Capacity capacity, Long hubId,
        boolean activeOnly,
        boolean ownOnly, boolean nothing, Integer minimumAge, Integer maximumAge, String startTime, String endTime,
        String day, Instant modifiedAfter) {

    /** Every service of the council's own, of any status (not those read from feeds). */
    static DirectoryFilter ownServices() {
        return new DirectoryFilter(null, null, false, null, null, false, true, false, null, null, null, null, null,
                null);
    }

    static DirectoryFilter of(String text, String category, Long hubId, boolean activeOnly) {
        return new DirectoryFilter(text, category, false, null, hubId, activeOnly, false, false, null, null, null, null,
                null, null);
    }
}
