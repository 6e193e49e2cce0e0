package org.hubline.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The alerts insight has fired: each (week, hub or ward, theme) once. */
@Repository
class AlertStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate nested;

    AlertStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // An alert that fired already is refused by its unique key inside a savepoint, so the
        // check that found it goes on (PostgreSQL would otherwise abort the whole transaction).
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Records an alert unless the same one (week, hub or ward, theme) fired already. */
    boolean recordAlert(LocalDate weekOf, long hubId, String wardCode, String theme, String text, Instant at) {
        try {
            nested.executeWithoutResult(status -> jdbc.sql("INSERT INTO insight_alert (week_of, hub_id, ward_code, "
                    + "theme, text, fired_at) VALUES (:week, :hub, :ward, :theme, :text, :at)")
                    .param("week", weekOf).param("hub", hubId).param("ward", wardCode).param("theme", theme).param("text", text)
                    .param("at", at.atOffset(ZoneOffset.UTC)).update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    record AlertRow(long hubId, String text, OffsetDateTime firedAt) {
    }

    List<AlertRow> alerts(Collection<Long> hubs, int limit) {
        return jdbc.sql("SELECT hub_id, text, fired_at FROM insight_alert"
                + (hubs == null ? "" : hubs.isEmpty() ? " WHERE 1 = 0" : " WHERE hub_id IN (:hubs)")
                + " ORDER BY fired_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).params(hubs == null || hubs.isEmpty() ? Map.of() : Map.of("hubs", hubs))
                .query(AlertRow.class).list();
    }
}
