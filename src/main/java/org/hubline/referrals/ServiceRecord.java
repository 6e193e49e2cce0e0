package org.hubline.referrals;

import java.time.Instant;

/**
 * A service as stored, with its organisation's name and the version an edit is based on;
 * {@code publicId} is the id it is published under, {@code source} the feed it was read from (null
 * for the council's own services, which are the only ones that can be edited here).
 */
public record ServiceRecord(long id, String organisationName, ServiceDetails details, Instant updatedAt,
        int version, String publicId, String source) {

    /** Read from another publisher's feed, and so refreshed from there, never edited here. */
    public boolean fromFeed() {
        return source != null;
    }
}
