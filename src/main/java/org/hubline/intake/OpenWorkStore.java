package org.hubline.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubline.shared.security.HubScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A read model for match cards: each resident's open needs and waiting callbacks, counted in two queries. */
@Repository
class OpenWorkStore {

    private static final String OPEN = "('NEW', 'ROUTED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    OpenWorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts for each of the residents that has something open and in the user's scope. */
    Map<Long, OpenWorkCount> counts(Collection<Long> residentIds, HubScope scope) {
        Map<Long, OpenWorkCount> counts = new HashMap<>();
        if (residentIds.isEmpty()) {
            return counts;
        }
        String needScope = scope.all() ? "" : " AND n.hub_id IN (:hubs)";
        String requestScope = scope.all() ? ""
                : " AND EXISTS (SELECT 1 FROM need s WHERE s.help_request_id = r.id AND s.hub_id IN (:hubs))";
        List<Long> hubs = scope.all() || scope.hubIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.hubIds());
        var needs = jdbc.sql("SELECT r.resident_id, COUNT(*) FROM need n JOIN help_request r ON r.id = n.help_request_id "
                + "WHERE r.resident_id IN (:ids) AND n.status IN " + OPEN + needScope + " GROUP BY r.resident_id")
                .param("ids", residentIds);
        var callbacks = jdbc.sql("SELECT r.resident_id, COUNT(*) FROM help_request r WHERE r.resident_id IN (:ids) "
                + "AND r.callback_needed = TRUE" + requestScope + " GROUP BY r.resident_id").param("ids", residentIds);
        if (!scope.all()) {
            needs = needs.param("hubs", hubs);
            callbacks = callbacks.param("hubs", hubs);
        }
        needs.query((rs, n) -> counts.put(rs.getLong(1), new OpenWorkCount(rs.getInt(2), 0))).list();
        callbacks.query((rs, n) -> counts.merge(rs.getLong(1), new OpenWorkCount(0, rs.getInt(2)),
                (a, b) -> new OpenWorkCount(a.needs(), b.callbacks()))).list();
        return counts;
    }
}
