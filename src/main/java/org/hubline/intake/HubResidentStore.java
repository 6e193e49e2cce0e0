package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.instant;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The residents a hub works for (anyone with a need routed to it) with their open needs and last call. */
@Repository
class HubResidentStore {

    /** One resident of the hub as intake knows them; {@code topPriority} is null without open needs. */
    record Row(long residentId, int openNeeds, Priority topPriority, Instant lastContact) {
    }

    private final JdbcClient jdbc;

    HubResidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> ofHub(long hubId) {
        return jdbc.sql("""
                SELECT r.resident_id,
                    SUM(CASE WHEN n.status IN ('NEW', 'ROUTED', 'IN_PROGRESS') THEN 1 ELSE 0 END) AS open_needs,
                    MIN(CASE WHEN n.status IN ('NEW', 'ROUTED', 'IN_PROGRESS') THEN r.priority END) AS top_priority,
                    (SELECT MAX(c.occurred_at) FROM call_record c WHERE c.resident_id = r.resident_id
                        AND c.outcome NOT IN ('VOICEMAIL', 'WRONG_NUMBER', 'NO_ANSWER')) AS last_contact
                FROM help_request r JOIN need n ON n.help_request_id = r.id
                WHERE n.hub_id = :hub
                GROUP BY r.resident_id""").param("hub", hubId)
                .query((rs, n) -> new Row(rs.getLong("resident_id"), rs.getInt("open_needs"),
                        rs.getString("top_priority") == null ? null : Priority.valueOf(rs.getString("top_priority")),
                        instant(rs, "last_contact")))
                .list();
    }
}
