package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Intake's read of repeat and complex demand: for each resident with needs routed to a hub, their
 * calls over a window, the need categories they asked about, needs not met again and again, and
 * urgent requests gone late (the facts casework's rules weigh).
 */
@Repository
class DemandSignalsStore {

    private final JdbcClient jdbc;

    DemandSignalsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The residents with any need routed to the hub (intake's own record of whose work the hub has). */
    private static final String RESIDENTS_OF_HUB = """
            SELECT hr.resident_id FROM help_request hr JOIN need hn ON hn.help_request_id = hr.id
            WHERE hn.hub_id = :hub""";

    /** Demand signals per resident with needs routed to the hub, over the window. */
    List<ResidentSignals> signals(long hubId, Instant since, Instant now, int notMetTimes) {
        Map<Long, int[]> calls = new LinkedHashMap<>();
        Map<Long, Instant[]> span = new HashMap<>();
        jdbc.sql("""
                SELECT c.resident_id, COUNT(*), MIN(c.occurred_at), MAX(c.occurred_at) FROM call_record c
                WHERE c.occurred_at >= :since AND c.resident_id IN (%s)
                GROUP BY c.resident_id""".formatted(RESIDENTS_OF_HUB))
                .param("hub", hubId).param("since", utc(since))
                .query((rs, n) -> {
                    calls.put(rs.getLong(1), new int[] {rs.getInt(2)});
                    span.put(rs.getLong(1), new Instant[] {rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant()});
                    return null;
                }).list();
        Map<Long, Set<String>> categories = categoriesSince(hubId, since);
        Map<Long, List<String>> unmetTwice = notMetAgain(hubId, notMetTimes);
        Set<Long> p1Late = lateP1(hubId, now);
        Set<Long> everyone = new LinkedHashSet<>(calls.keySet());
        everyone.addAll(categories.keySet());
        everyone.addAll(unmetTwice.keySet());
        everyone.addAll(p1Late);
        List<ResidentSignals> result = new ArrayList<>();
        for (long id : everyone) {
            Instant[] s = span.get(id);
            result.add(new ResidentSignals(id, hubId, null, calls.containsKey(id) ? calls.get(id)[0] : 0,
                    s == null ? null : s[0], s == null ? null : s[1], categories.getOrDefault(id, Set.of()),
                    unmetTwice.getOrDefault(id, List.of()), p1Late.contains(id), false));
        }
        return result;
    }

    private Map<Long, Set<String>> categoriesSince(long hubId, Instant since) {
        Map<Long, Set<String>> categories = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT r.resident_id, t.category_code FROM need n
                JOIN help_request r ON r.id = n.help_request_id JOIN need_type t ON t.id = n.need_type_id
                WHERE r.created_at >= :since AND r.resident_id IN (%s)""".formatted(RESIDENTS_OF_HUB))
                .param("hub", hubId).param("since", utc(since))
                .query((rs, n) -> categories.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                        .add(rs.getString(2))).list();
        return categories;
    }

    /**
     * Residents with a need category not met at least {@code times} times, and those categories: two
     * needs of the category not met, or one need reopened and not met again.
     */
    private Map<Long, List<String>> notMetAgain(long hubId, int times) {
        Map<Long, List<String>> unmetTwice = new HashMap<>();
        jdbc.sql("""
                SELECT r.resident_id, c.name FROM need n
                JOIN help_request r ON r.id = n.help_request_id JOIN need_type t ON t.id = n.need_type_id
                JOIN need_category c ON c.code = t.category_code
                WHERE n.times_not_met > 0 AND r.resident_id IN (%s)
                GROUP BY r.resident_id, c.name HAVING SUM(n.times_not_met) >= :times""".formatted(RESIDENTS_OF_HUB))
                .param("hub", hubId).param("times", times)
                .query((rs, n) -> unmetTwice.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return unmetTwice;
    }

    private Set<Long> lateP1(long hubId, Instant now) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT r.resident_id FROM help_request r
                WHERE r.open = TRUE AND r.priority = 'P1' AND r.due_at < :now AND r.resident_id IN (%s)"""
                .formatted(RESIDENTS_OF_HUB))
                .param("hub", hubId).param("now", utc(now)).query(Long.class).list());
    }
}
