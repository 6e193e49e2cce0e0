package org.hubline.insight;

import java.util.List;

/** The rollup tables, each with its key columns and counter columns. */
enum Rollup {
    DEMAND("demand_day", List.of("on_day", "hub_id", "ward_code", "category_code", "channel"), List.of("needs")),
    REQUESTS("request_day", List.of("on_day", "hub_id", "ward_code", "channel"),
            List.of("requests", "repeat_requests", "complex_requests", "needs")),
    VULNERABILITIES("vulnerability_day", List.of("on_day", "hub_id", "ward_code", "vulnerability"),
            List.of("requests")),
    RESOLUTIONS("resolution_day", List.of("on_day", "hub_id", "ward_code", "category_code", "priority"),
            List.of("resolved", "within_sla", "minutes_total")),
    REFERRALS("referral_day", List.of("on_day", "hub_id", "partner_id", "category_code", "outcome"),
            List.of("referrals", "minutes_total"));

    final String table;
    /** The same counts per week (on_day is the week's Monday), for long periods. */
    final String weekTable;
    final List<String> keys;
    final List<String> counters;

    Rollup(String table, List<String> keys, List<String> counters) {
        this.table = table;
        this.weekTable = table.replace("_day", "_week");
        this.keys = keys;
        this.counters = counters;
    }

    boolean has(String column) {
        return keys.contains(column);
    }
}
