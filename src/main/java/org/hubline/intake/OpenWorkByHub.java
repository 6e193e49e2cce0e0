package org.hubline.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hubline.residents.HubsWorkingFor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells residents which hubs have open needs routed to them for a resident. */
@Component
class OpenWorkByHub implements HubsWorkingFor {

    private final JdbcClient jdbc;

    OpenWorkByHub(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> hubsWorkingFor(long residentId) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT n.hub_id FROM need n JOIN help_request r ON r.id = n.help_request_id
                WHERE r.resident_id = :resident AND n.hub_id IS NOT NULL
                  AND n.status IN ('NEW', 'ROUTED', 'IN_PROGRESS')""")
                .param("resident", residentId).query(Long.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> hubsWorkingFor(Collection<Long> residentIds) {
        Map<Long, Set<Long>> hubs = new HashMap<>();
        if (residentIds.isEmpty()) {
            return hubs;
        }
        jdbc.sql("""
                SELECT DISTINCT r.resident_id, n.hub_id FROM need n JOIN help_request r ON r.id = n.help_request_id
                WHERE r.resident_id IN (:residents) AND n.hub_id IS NOT NULL
                  AND n.status IN ('NEW', 'ROUTED', 'IN_PROGRESS')""")
                .param("residents", residentIds)
                .query((rs, n) -> hubs.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        return hubs;
    }
}
