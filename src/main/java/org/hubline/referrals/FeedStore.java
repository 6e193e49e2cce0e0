package org.hubline.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Registered feeds, how their last refresh went, and which services and organisations came from each. */
@Repository
class FeedStore {

    private static final String COLUMNS = "id, name, base_url, active, refreshed_at, outcome, report, version";

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DirectoryFeed> feeds() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_feed ORDER BY name").query(FeedStore::feed).list();
    }

    Optional<DirectoryFeed> feed(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM directory_feed WHERE id = :id").param("id", id)
                .query(FeedStore::feed).optional();
    }

    private static DirectoryFeed feed(ResultSet rs, int row) throws SQLException {
        OffsetDateTime refreshed = rs.getObject("refreshed_at", OffsetDateTime.class);
        return new DirectoryFeed(rs.getLong("id"), rs.getString("name"), rs.getString("base_url"),
                rs.getBoolean("active"), refreshed == null ? null : refreshed.toInstant(), rs.getString("outcome"),
                rs.getString("report"), rs.getInt("version"));
    }

    boolean baseUrlTaken(String baseUrl) {
        return jdbc.sql("SELECT COUNT(*) FROM directory_feed WHERE LOWER(base_url) = LOWER(:u)").param("u", baseUrl)
                .query(Integer.class).single() > 0;
    }

    long insert(String name, String baseUrl, String createdBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO directory_feed (name, base_url, created_by, created_at) VALUES (:n, :u, :by, :at)")
                .param("n", name).param("u", baseUrl).param("by", createdBy).param("at", now.atOffset(ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean setActive(long id, boolean active, int version) {
        return jdbc.sql("UPDATE directory_feed SET active = :a, version = version + 1 WHERE id = :id AND version = :v")
                .param("a", active).param("id", id).param("v", version).update() == 1;
    }

    void recordRefresh(long id, Instant at, boolean succeeded, String report) {
        jdbc.sql("UPDATE directory_feed SET refreshed_at = :at, outcome = :o, report = :r, version = version + 1 "
                + "WHERE id = :id").param("at", at.atOffset(ZoneOffset.UTC)).param("o", succeeded ? "REFRESHED" : "FAILED")
                .param("r", report.length() > 4000 ? report.substring(0, 3999) + "…" : report).param("id", id)
                .update();
    }

    /** The services read from the feed before: their id in the feed → their id here. */
    Map<String, Long> services(long feedId) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT feed_service_id, id FROM partner_service WHERE feed_id = :f").param("f", feedId)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    /** The organisation read from the feed under this id before, if any. */
    Optional<Long> organisation(long feedId, String feedOrganisationId) {
        if (feedOrganisationId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM partner_organisation WHERE feed_id = :f AND feed_organisation_id = :o")
                .param("f", feedId).param("o", feedOrganisationId).query(Long.class).optional();
    }

    void markOrganisation(long organisationId, long feedId, String feedOrganisationId) {
        jdbc.sql("UPDATE partner_organisation SET feed_id = :f, feed_organisation_id = :o WHERE id = :id")
                .param("f", feedId).param("o", feedOrganisationId).param("id", organisationId).update();
    }
}
