package org.hubline.insight;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demand rollup and fired alerts. */
@Repository
class DemandStore {

    /** One cell of the rollup. */
    record Cell(LocalDate onDay, long hubId, String wardCode, String categoryCode, String channel, int needs) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate nested;

    DemandStore(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // The first insert of a cell runs in a savepoint: if another listener created the cell
        // meanwhile, only the savepoint is rolled back (PostgreSQL would otherwise abort the lot).
        this.nested = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Adds to a cell, creating it if new (a concurrent first insert is retried as an update). */
    void add(LocalDate day, long hubId, String ward, String category, String channel, int needs) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("""
                    UPDATE demand_day SET needs = needs + :n WHERE on_day = :day AND hub_id = :hub AND ward_code = :ward
                      AND category_code = :category AND channel = :channel""")
                    .param("n", needs).param("day", day).param("hub", hubId).param("ward", ward)
                    .param("category", category).param("channel", channel).update();
            if (updated == 1) {
                return;
            }
            try {
                nested.executeWithoutResult(status -> jdbc.sql("INSERT INTO demand_day (on_day, hub_id, ward_code, "
                        + "category_code, channel, needs) VALUES (:day, :hub, :ward, :category, :channel, :n)")
                        .param("n", needs).param("day", day).param("hub", hubId).param("ward", ward)
                        .param("category", category).param("channel", channel).update());
                return;
            } catch (DuplicateKeyException e) {
                // someone created the cell meanwhile: add to it on the next pass
            }
        }
    }

    /** The cells in the date range (inclusive), of one hub or all. */
    List<Cell> cells(LocalDate from, LocalDate to, Long hubId) {
        return jdbc.sql("SELECT on_day, hub_id, ward_code, category_code, channel, needs FROM demand_day "
                + "WHERE on_day >= :from AND on_day <= :to" + (hubId == null ? "" : " AND hub_id = :hub"))
                .param("from", from).param("to", to).params(hubId == null ? java.util.Map.of()
                        : java.util.Map.of("hub", hubId))
                .query(Cell.class).list();
    }

    boolean recordAlert(LocalDate weekOf, long hubId, String theme, String text, java.time.Instant at) {
        try {
            nested.executeWithoutResult(status -> jdbc.sql("INSERT INTO insight_alert (week_of, hub_id, theme, "
                    + "text, fired_at) VALUES (:week, :hub, :theme, :text, :at)")
                    .param("week", weekOf).param("hub", hubId).param("theme", theme).param("text", text)
                    .param("at", at.atOffset(java.time.ZoneOffset.UTC)).update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    record AlertRow(String text, java.time.OffsetDateTime firedAt) {
    }

    List<AlertRow> alerts(int limit) {
        return jdbc.sql("SELECT text, fired_at FROM insight_alert ORDER BY fired_at DESC, id DESC LIMIT :limit")
                .param("limit", limit).query(AlertRow.class).list();
    }
}
