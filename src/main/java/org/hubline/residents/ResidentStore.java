package org.hubline.residents;

import static org.hubline.shared.persistence.SqlTime.instant;
import static org.hubline.shared.persistence.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The residents module's queries beside the aggregate: match keys, consent history, reviews, merges. */
@Repository
class ResidentStore {

    /** A stored resident in the shape the matcher compares, with what a candidate list shows. */
    record Candidate(long id, MatchQuery details, String addressLine1, Long hubId) {
    }

    private static final String CANDIDATE_COLUMNS = "id, first_name, last_name, date_of_birth, phone, other_phone, "
            + "postcode, uprn, email, address_line1, hub_id";

    private final JdbcClient jdbc;

    ResidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceKeys(long residentId, Set<String> keys) {
        jdbc.sql("DELETE FROM resident_match_key WHERE resident_id = :id").param("id", residentId).update();
        for (String key : keys) {
            jdbc.sql("INSERT INTO resident_match_key (resident_id, match_key) VALUES (:id, :key)")
                    .param("id", residentId).param("key", key).update();
        }
    }

    /** Residents (not merged away) sharing at least one key, those sharing most first. */
    List<Candidate> candidates(Set<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                SELECT resident_id FROM resident_match_key WHERE match_key IN (:keys)
                GROUP BY resident_id ORDER BY COUNT(*) DESC, resident_id DESC LIMIT :limit""")
                .param("keys", keys).param("limit", limit).query(Long.class).list();
        return candidatesAmong(ids);
    }

    /** The residents (not merged away) among the ids, in the shape the matcher compares. */
    List<Candidate> candidatesAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS + " FROM resident WHERE id IN (:ids) AND merged_into_id IS NULL")
                .param("ids", ids).query(ResidentStore::candidate).list();
    }

    /** Residents stored under the key, at most {@code limit}. */
    List<Long> residentsWithKey(String key, int limit) {
        return jdbc.sql("SELECT resident_id FROM resident_match_key WHERE match_key = :key LIMIT :limit")
                .param("key", key).param("limit", limit).query(Long.class).list();
    }

    /**
     * Residents stored under a key starting with the prefix (letters only after the kind), at
     * most {@code limit}. The range lets both databases walk the key index whatever their
     * collation; the LIKE keeps the answer exact.
     */
    List<Long> residentsWithKeyPrefix(String prefix, int limit) {
        String upper = upperBound(prefix);
        return jdbc.sql("SELECT DISTINCT resident_id FROM resident_match_key WHERE match_key >= :low"
                + (upper == null ? "" : " AND match_key < :high") + " AND match_key LIKE :like LIMIT :limit")
                .param("low", prefix).param("like", prefix + "%").param("limit", limit)
                .params(upper == null ? Map.of() : Map.of("high", upper)).query(Long.class).list();
    }

    /** The first string after every string starting with the prefix: "l:thom" → "l:thon", "l:liz" → "l:lj". */
    static String upperBound(String prefix) {
        int kind = prefix.indexOf(':') + 1;
        String stem = prefix;
        while (stem.length() > kind && stem.charAt(stem.length() - 1) == 'z') {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() == kind) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + (char) (stem.charAt(stem.length() - 1) + 1);
    }

    /** Residents after the id, not merged away, who have no name keys yet (stored before the search had them). */
    List<Long> residentsWithoutNameKeys(long after, int limit) {
        return jdbc.sql("""
                SELECT r.id FROM resident r WHERE r.id > :after AND r.merged_into_id IS NULL AND NOT EXISTS (
                    SELECT 1 FROM resident_match_key k WHERE k.resident_id = r.id AND k.match_key LIKE 'l:%')
                ORDER BY r.id LIMIT :limit""").param("after", after).param("limit", limit).query(Long.class).list();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), new MatchQuery(rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("phone"), rs.getString("other_phone"),
                rs.getString("postcode"), rs.getString("uprn"), rs.getString("email")),
                rs.getString("address_line1"), (Long) rs.getObject("hub_id", Long.class));
    }

    void recordConsent(long residentId, ConsentChange change) {
        jdbc.sql("""
                INSERT INTO resident_consent (resident_id, kind, given, recorded_by, recorded_at, note)
                VALUES (:id, :kind, :given, :by, :at, :note)""")
                .param("id", residentId).param("kind", change.kind().name()).param("given", change.given())
                .param("by", change.recordedBy()).param("at", utc(change.recordedAt())).param("note", change.note())
                .update();
    }

    List<ConsentChange> consentHistory(Collection<Long> residentIds) {
        return jdbc.sql("""
                SELECT kind, given, recorded_by, recorded_at, note FROM resident_consent
                WHERE resident_id IN (:ids) ORDER BY recorded_at DESC, id DESC""")
                .param("ids", residentIds)
                .query((rs, n) -> new ConsentChange(ConsentChange.Kind.valueOf(rs.getString("kind")),
                        rs.getBoolean("given"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
                        rs.getString("note")))
                .list();
    }

    List<ResidentSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, first_name, last_name, date_of_birth, postcode, hub_id FROM resident "
                + "WHERE id IN (:ids)").param("ids", ids).query(ResidentStore::summary).list();
    }

    private static ResidentSummary summary(ResultSet rs, int row) throws SQLException {
        return new ResidentSummary(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("postcode"),
                (Long) rs.getObject("hub_id", Long.class));
    }

    /** Every resident's survivor (itself unless merged) and vulnerability flags. */
    Map<Long, CountingFacts> countingFacts() {
        Map<Long, Long> mergedInto = new HashMap<>();
        jdbc.sql("SELECT id, merged_into_id FROM resident").query((rs, n) -> mergedInto.put(rs.getLong(1),
                rs.getObject(2) == null ? null : rs.getLong(2))).list();
        Map<Long, Set<String>> flags = new HashMap<>();
        jdbc.sql("SELECT resident_id, flag FROM resident_vulnerability").query((rs, n) -> flags
                .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2))).list();
        Map<Long, CountingFacts> facts = new HashMap<>();
        for (Long id : mergedInto.keySet()) {
            long survivor = id;
            for (int hops = 0; mergedInto.get(survivor) != null && hops < 100; hops++) {
                survivor = mergedInto.get(survivor);
            }
            facts.put(id, new CountingFacts(survivor, flags.getOrDefault(id, Set.of())));
        }
        return facts;
    }

    /** The resident and every resident merged into it, directly or through earlier merges. */
    Set<Long> identityGroup(long residentId) {
        Set<Long> group = new LinkedHashSet<>(List.of(residentId));
        List<Long> frontier = List.of(residentId);
        while (!frontier.isEmpty()) {
            frontier = jdbc.sql("SELECT id FROM resident WHERE merged_into_id IN (:ids)").param("ids", frontier)
                    .query(Long.class).list().stream().filter(group::add).toList();
        }
        return group;
    }

    long raiseReview(long residentId, long candidateId, int score, List<String> matched, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO resident_match_review (resident_id, candidate_id, score, matched, status, raised_by, raised_at)
                VALUES (:resident, :candidate, :score, :matched, 'OPEN', :by, :at)""")
                .param("resident", residentId).param("candidate", candidateId).param("score", score)
                .param("matched", String.join(", ", matched)).param("by", by).param("at", utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    record ReviewRow(long id, long residentId, long candidateId, int score, String matched, String raisedBy,
            Instant raisedAt) {
        List<String> matchedFields() {
            return matched.isBlank() ? List.of() : Arrays.asList(matched.split(", "));
        }
    }

    List<ReviewRow> openReviews(int limit) {
        return jdbc.sql("""
                SELECT id, resident_id, candidate_id, score, matched, raised_by, raised_at FROM resident_match_review
                WHERE status = 'OPEN' ORDER BY raised_at, id LIMIT :limit""")
                .param("limit", limit).query(ResidentStore::review).list();
    }

    Optional<ReviewRow> openReview(long id) {
        return jdbc.sql("""
                SELECT id, resident_id, candidate_id, score, matched, raised_by, raised_at FROM resident_match_review
                WHERE id = :id AND status = 'OPEN'""")
                .param("id", id).query(ResidentStore::review).optional();
    }

    private static ReviewRow review(ResultSet rs, int row) throws SQLException {
        return new ReviewRow(rs.getLong("id"), rs.getLong("resident_id"), rs.getLong("candidate_id"),
                rs.getInt("score"), rs.getString("matched"), rs.getString("raised_by"), instant(rs, "raised_at"));
    }

    /** Closes an open review; false if someone else decided it first. */
    boolean decideReview(long id, String status, String by, Instant at) {
        return jdbc.sql("""
                UPDATE resident_match_review SET status = :status, decided_by = :by, decided_at = :at
                WHERE id = :id AND status = 'OPEN'""")
                .param("id", id).param("status", status).param("by", by).param("at", utc(at)).update() == 1;
    }

    long recordMerge(long mergedId, long survivorId, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO resident_merge (merged_id, survivor_id, merged_by, merged_at) "
                + "VALUES (:merged, :survivor, :by, :at)")
                .param("merged", mergedId).param("survivor", survivorId).param("by", by).param("at", utc(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    record MergeRow(long id, long mergedId, long survivorId, String mergedBy, Instant mergedAt, String undoneBy,
            Instant undoneAt, String undoReason) {
    }

    Optional<MergeRow> merge(long id) {
        return jdbc.sql("SELECT * FROM resident_merge WHERE id = :id").param("id", id)
                .query(ResidentStore::mergeRow).optional();
    }

    /** Merges into or out of any of the residents, newest first. */
    List<MergeRow> mergesTouching(Collection<Long> residentIds) {
        return jdbc.sql("SELECT * FROM resident_merge WHERE merged_id IN (:ids) OR survivor_id IN (:ids) "
                + "ORDER BY merged_at DESC, id DESC").param("ids", residentIds)
                .query(ResidentStore::mergeRow).list();
    }

    private static MergeRow mergeRow(ResultSet rs, int row) throws SQLException {
        return new MergeRow(rs.getLong("id"), rs.getLong("merged_id"), rs.getLong("survivor_id"),
                rs.getString("merged_by"), instant(rs, "merged_at"), rs.getString("undone_by"),
                instant(rs, "undone_at"), rs.getString("undo_reason"));
    }

    boolean markMergeUndone(long id, String by, Instant at, String reason) {
        return jdbc.sql("UPDATE resident_merge SET undone_by = :by, undone_at = :at, undo_reason = :reason "
                + "WHERE id = :id AND undone_at IS NULL")
                .param("id", id).param("by", by).param("at", utc(at)).param("reason", reason).update() == 1;
    }

    static List<Long> ids(List<ReviewRow> rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> {
            ids.add(r.residentId());
            ids.add(r.candidateId());
        });
        return ids;
    }
}
