package org.hubline.insight;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Insight's read models: counter tables per day and place (demand_day, request_day,
 * vulnerability_day, resolution_day, referral_day), daily and weekly. Every read sums
 * counters in SQL over a date range, so a dashboard costs the same whatever the calls behind it.
 */
@Repository
class RollupStore {

    /** What to count: a date range, and optionally hubs, one ward and one need category. */
    record Scope(LocalDate from, LocalDate to, Collection<Long> hubs, String wardCode, String categoryCode) {

        /** Periods longer than this are counted (and drawn) by week. */
        static final int DAILY_UP_TO_DAYS = 62;

        Scope shifted(long days) {
            return new Scope(from.minusDays(days), to.minusDays(days), hubs, wardCode, categoryCode);
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }

        /** Whether the period is long enough to be read by week: its whole weeks from the weekly rollups. */
        boolean weekly() {
            return days() > DAILY_UP_TO_DAYS;
        }
    }

    /** The Monday of a day's week. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A grouped sum: the group's values, then the counters' sums, in the order asked. */
    record Row(List<Object> group, long[] sums) {

        String text(int i) {
            return String.valueOf(group.get(i));
        }

        long number(int i) {
            return ((Number) group.get(i)).longValue();
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate nested;

    RollupStore(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
        // The first insert of a row runs in a savepoint: if another listener created the row
        // meanwhile, only the savepoint is rolled back (PostgreSQL would otherwise abort the lot).
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Adds to a row's counters, daily and weekly, creating the rows if new. */
    void add(Rollup rollup, Map<String, Object> key, long... counts) {
        add(rollup, rollup.table, key, counts);
        Map<String, Object> week = new LinkedHashMap<>(key);
        week.put("on_day", weekOf((LocalDate) key.get("on_day")));
        add(rollup, rollup.weekTable, week, counts);
    }

    /** Adds to one row's counters, creating it if new (a concurrent first insert is retried as an update). */
    private void add(Rollup rollup, String table, Map<String, Object> key, long... counts) {
        Map<String, Object> params = new LinkedHashMap<>(key);
        for (int i = 0; i < counts.length; i++) {
            params.put(rollup.counters.get(i), counts[i]);
        }
        String set = rollup.counters.stream().map(c -> c + " = " + c + " + :" + c).collect(Collectors.joining(", "));
        String where = rollup.keys.stream().map(k -> k + " = :" + k).collect(Collectors.joining(" AND "));
        String columns = String.join(", ", rollup.keys) + ", " + String.join(", ", rollup.counters);
        String values = ":" + String.join(", :", rollup.keys) + ", :" + String.join(", :", rollup.counters);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.sql("UPDATE " + table + " SET " + set + " WHERE " + where).params(params).update() == 1) {
                return;
            }
            try {
                nested.executeWithoutResult(status -> jdbc.sql("INSERT INTO " + table + " (" + columns
                        + ") VALUES (" + values + ")").params(params).update());
                return;
            } catch (DuplicateKeyException e) {
                // someone created the row meanwhile: add to it on the next pass
            }
        }
    }

    /**
     * Writes whole daily rows at once (a generated history) and their weekly sums; neither may
     * exist yet. The day (first value) is a {@link LocalDate}.
     */
    void insertAll(Rollup rollup, List<Object[]> rows) {
        insert(rollup.table, rollup, rows);
        insert(rollup.weekTable, rollup, weekly(rollup, rows));
    }

    private static List<Object[]> weekly(Rollup rollup, List<Object[]> rows) {
        int keys = rollup.keys.size();
        Map<List<Object>, long[]> weeks = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<Object> key = new ArrayList<>(Arrays.asList(row).subList(0, keys));
            key.set(0, weekOf((LocalDate) key.get(0)));
            long[] sums = weeks.computeIfAbsent(key, k -> new long[rollup.counters.size()]);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += ((Number) row[keys + i]).longValue();
            }
        }
        List<Object[]> result = new ArrayList<>(weeks.size());
        weeks.forEach((key, sums) -> {
            Object[] row = new Object[keys + sums.length];
            for (int i = 0; i < keys; i++) {
                row[i] = key.get(i);
            }
            for (int i = 0; i < sums.length; i++) {
                row[keys + i] = sums[i];
            }
            result.add(row);
        });
        return result;
    }

    private void insert(String table, Rollup rollup, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(rollup.keys);
        columns.addAll(rollup.counters);
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        List<Object[]> jdbcRows = rows.stream().map(r -> {
            Object[] copy = r.clone();
            copy[0] = Date.valueOf((LocalDate) r[0]);
            return copy;
        }).toList();
        for (int i = 0; i < jdbcRows.size(); i += 5_000) {
            batch.batchUpdate(sql, jdbcRows.subList(i, Math.min(jdbcRows.size(), i + 5_000)));
        }
    }

    /**
     * Fills the weekly rollups from the daily ones where a weekly one is still empty (daily counts
     * kept before the weekly rollups existed).
     */
    void backfillWeeks() {
        for (Rollup rollup : Rollup.values()) {
            if (hasRows(rollup.weekTable) || !hasRows(rollup.table)) {
                continue;
            }
            List<String> columns = new ArrayList<>(rollup.keys);
            columns.addAll(rollup.counters);
            List<Object[]> days = jdbc.sql("SELECT " + String.join(", ", columns) + " FROM " + rollup.table)
                    .query((rs, n) -> {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        row[0] = rs.getDate(1).toLocalDate();
                        return row;
                    }).list();
            insert(rollup.weekTable, rollup, weekly(rollup, days));
        }
    }

    /** Whether the rollups hold nothing yet. */
    boolean isEmpty() {
        return !hasRows(Rollup.REQUESTS.table) && !hasRows(Rollup.DEMAND.table);
    }

    /** Whether a table has any row, without counting them all. */
    private boolean hasRows(String table) {
        return jdbc.sql("SELECT 1 FROM " + table + " LIMIT 1").query(Integer.class).optional().isPresent();
    }

    /** Empties every rollup, daily and weekly (before writing a generated history). */
    void clear() {
        for (Rollup rollup : Rollup.values()) {
            jdbc.sql("DELETE FROM " + rollup.table).update();
            jdbc.sql("DELETE FROM " + rollup.weekTable).update();
        }
    }

    /**
     * Sums the rollup's counters over the scope, grouped by the given key columns (a filter on a
     * column the rollup does not have is ignored: the caller says so on screen). A long period
     * reads its whole weeks from the weekly rollup and only its partial weeks from the daily one;
     * grouped by {@code on_day}, its rows are then weeks (their Mondays) and days at the ends.
     */
    List<Row> sum(Rollup rollup, Scope scope, List<String> groupBy, List<String> counters) {
        if (scope.hubs() != null && scope.hubs().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String filters = filters(rollup, scope, params);
        List<String> columns = new ArrayList<>(groupBy);
        columns.addAll(counters);
        List<String> parts = parts(rollup, scope, "SELECT " + String.join(", ", columns) + " FROM ", filters, params);
        StringBuilder sql = new StringBuilder("SELECT ");
        groupBy.forEach(g -> sql.append(g).append(", "));
        sql.append(counters.stream().map(c -> "SUM(" + c + ")").collect(Collectors.joining(", ")));
        sql.append(" FROM (").append(String.join(" UNION ALL ", parts)).append(") counted");
        if (!groupBy.isEmpty()) {
            sql.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        int width = groupBy.size();
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            List<Object> group = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                Object value = rs.getObject(i);
                group.add(value instanceof Date date ? date.toLocalDate() : value);
            }
            long[] sums = new long[counters.size()];
            for (int i = 0; i < sums.length; i++) {
                sums[i] = rs.getLong(width + 1 + i);
            }
            return new Row(group, sums);
        }).list();
    }

    private static String filters(Rollup rollup, Scope scope, Map<String, Object> params) {
        StringBuilder filters = new StringBuilder();
        if (scope.hubs() != null) {
            filters.append(" AND hub_id IN (:hubs)");
            params.put("hubs", scope.hubs());
        }
        if (scope.wardCode() != null && rollup.has("ward_code")) {
            filters.append(" AND ward_code = :ward");
            params.put("ward", scope.wardCode());
        }
        if (scope.categoryCode() != null && rollup.has("category_code")) {
            filters.append(" AND category_code = :category");
            params.put("category", scope.categoryCode());
        }
        return filters.toString();
    }

    /** The period's whole weeks from the weekly table and its partial weeks from the daily one (or all daily). */
    private static List<String> parts(Rollup rollup, Scope scope, String select, String filters,
            Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        LocalDate firstMonday = weekOf(scope.from().plusDays(6));
        LocalDate lastMonday = weekOf(scope.to().plusDays(1)).minusDays(7);
        if (scope.weekly() && !lastMonday.isBefore(firstMonday)) {
            parts.add(select + rollup.table + " WHERE on_day >= :from AND on_day < :firstMonday" + filters);
            parts.add(select + rollup.weekTable + " WHERE on_day >= :firstMonday AND on_day <= :lastMonday" + filters);
            parts.add(select + rollup.table + " WHERE on_day > :lastSunday AND on_day <= :to" + filters);
            params.put("firstMonday", firstMonday);
            params.put("lastMonday", lastMonday);
            params.put("lastSunday", lastMonday.plusDays(6));
        } else {
            parts.add(select + rollup.table + " WHERE on_day >= :from AND on_day <= :to" + filters);
        }
        params.put("from", scope.from());
        params.put("to", scope.to());
        return parts;
    }
}
