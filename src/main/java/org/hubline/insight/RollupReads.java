package org.hubline.insight;

import java.time.LocalDate;
import java.util.List;

import org.hubline.insight.RollupStore.Row;
import org.hubline.insight.RollupStore.Scope;
import org.hubline.intake.Channel;
import org.springframework.stereotype.Component;

/**
 * The rollups read as typed rows, one query per question the dashboard and the alerts ask.
 * Each method names the columns it groups by and reads them back in that order, here and
 * nowhere else.
 */
@Component
class RollupReads {

    /** Needs by where they went, their category and how they came in. */
    record NeedCount(long hubId, String wardCode, String categoryCode, Channel channel, long needs) {
    }

    /** Requests, those from repeat and complex callers, and their needs. */
    record RequestCounts(long requests, long repeat, long complex, long needs) {

        static final RequestCounts NONE = new RequestCounts(0, 0, 0, 0);

        RequestCounts plus(RequestCounts o) {
            return new RequestCounts(requests + o.requests, repeat + o.repeat, complex + o.complex, needs + o.needs);
        }
    }

    record DayRequests(LocalDate day, long requests, long repeat) {
    }

    record DayNeeds(LocalDate day, String categoryCode, long needs) {
    }

    record VulnerabilityCount(String vulnerability, long requests) {
    }

    /** Referral steps to one partner with one outcome; minutes is the total time to accept. */
    record ReferralCount(long partnerId, String outcome, long referrals, long minutes) {
    }

    /** Needs resolved by a hub, those within their SLA, and the total minutes they took. */
    record HubResolutions(long hubId, long resolved, long withinSla, long minutes) {

        static HubResolutions none(long hubId) {
            return new HubResolutions(hubId, 0, 0, 0);
        }
    }

    private final RollupStore store;

    RollupReads(RollupStore store) {
        this.store = store;
    }

    List<NeedCount> needs(Scope scope) {
        return rows(Rollup.DEMAND, scope, List.of("hub_id", "ward_code", "category_code", "channel"), "needs")
                .map(r -> new NeedCount(r.number(0), r.text(1), r.text(2), Channel.valueOf(r.text(3)), r.sums()[0]))
                .toList();
    }

    RequestCounts requests(Scope scope) {
        return rows(Rollup.REQUESTS, scope, List.of(), "requests", "repeat_requests", "complex_requests", "needs")
                .map(r -> new RequestCounts(r.sums()[0], r.sums()[1], r.sums()[2], r.sums()[3]))
                .reduce(RequestCounts.NONE, RequestCounts::plus);
    }

    List<DayRequests> requestsByDay(Scope scope) {
        return rows(Rollup.REQUESTS, scope, List.of("on_day"), "requests", "repeat_requests")
                .map(r -> new DayRequests((LocalDate) r.group().get(0), r.sums()[0], r.sums()[1])).toList();
    }

    List<DayNeeds> needsByDay(Scope scope) {
        return rows(Rollup.DEMAND, scope, List.of("on_day", "category_code"), "needs")
                .map(r -> new DayNeeds((LocalDate) r.group().get(0), r.text(1), r.sums()[0])).toList();
    }

    List<VulnerabilityCount> vulnerabilities(Scope scope) {
        return rows(Rollup.VULNERABILITIES, scope, List.of("vulnerability"), "requests")
                .map(r -> new VulnerabilityCount(r.text(0), r.sums()[0])).toList();
    }

    List<ReferralCount> referrals(Scope scope) {
        return rows(Rollup.REFERRALS, scope, List.of("partner_id", "outcome"), "referrals", "minutes_total")
                .map(r -> new ReferralCount(r.number(0), r.text(1), r.sums()[0], r.sums()[1])).toList();
    }

    List<HubResolutions> resolutionsByHub(Scope scope) {
        return rows(Rollup.RESOLUTIONS, scope, List.of("hub_id"), "resolved", "within_sla", "minutes_total")
                .map(r -> new HubResolutions(r.number(0), r.sums()[0], r.sums()[1], r.sums()[2])).toList();
    }

    private java.util.stream.Stream<Row> rows(Rollup rollup, Scope scope, List<String> groupBy, String... counters) {
        return store.sum(rollup, scope, groupBy, List.of(counters)).stream();
    }
}
