package org.hubline.referrals;

import java.time.Instant;

/**
 * Another publisher's Open Referral UK feed, read into the directory: its name, the API's base
 * address (e.g. https://directory.example.gov.uk/api), whether it is refreshed each night, and how
 * the last refresh went ({@code outcome} REFRESHED or FAILED, with its report).
 */
public record DirectoryFeed(long id, String name, String baseUrl, boolean active, Instant refreshedAt,
        String outcome, String report, int version) {
}
