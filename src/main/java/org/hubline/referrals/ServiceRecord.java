package org.hubline.referrals;

import java.time.Instant;

/** A service as stored, with its organisation's name and the version an edit is based on. */
public record ServiceRecord(long id, String organisationName, ServiceDetails details, Instant updatedAt,
        int version) {
}
