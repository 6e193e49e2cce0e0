package org.hubline.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hubline.intake.HelpRequested;
import org.hubline.intake.NeedReopened;
import org.hubline.intake.NeedResolved;
import org.hubline.referrals.ReferralMoved;
import org.hubline.referrals.ReferralStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps insight's rollups current from the other modules' events: each routed need counts in
 * demand_day, each request in request_day (repeat and complex demand) and vulnerability_day,
 * each need that ends in resolution_day, each referral step in referral_day.
 */
@Component
class DemandRollup {

    /** The hub key of needs without a hub whose postcode was not known (or not given). */
    static final long NO_HUB = 0;
    /** The hub key of needs of callers outside the borough. */
    static final long NO_HUB_OUT_OF_AREA = -1;
    /** The hub key of needs a handler left for a coordinator to route. */
    static final long NO_HUB_ROUTE_LATER = -2;
    static final String NO_WARD = "";
    static final String NO_CATEGORY = "";

    private final RollupStore store;
    private final Clock clock;

    DemandRollup(RollupStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HelpRequested request) {
        Counts.of(request, clock.getZone()).forEach(c -> c.addTo(store::add));
    }

    @ApplicationModuleListener
    void on(NeedResolved need) {
        Counts.of(need, clock.getZone()).forEach(c -> c.addTo(store::add));
    }

    /** A need open again takes back exactly what its ending added. */
    @ApplicationModuleListener
    void on(NeedReopened reopened) {
        Counts.of(reopened.undone(), clock.getZone()).forEach(c -> c.negated().addTo(store::add));
    }

    @ApplicationModuleListener
    void on(ReferralMoved move) {
        Counts.of(move, clock.getZone()).forEach(c -> c.addTo(store::add));
    }

    /** The counter rows one event adds to: the same rules for live events, rebuilds and generated histories. */
    record Counts(Rollup rollup, Map<String, Object> key, long[] counts) {

        interface Sink {
            void add(Rollup rollup, Map<String, Object> key, long... counts);
        }

        void addTo(Sink sink) {
            sink.add(rollup, key, counts);
        }

        /** The same rows with every counter taken away instead of added. */
        Counts negated() {
            return new Counts(rollup, key, Arrays.stream(counts).map(c -> -c).toArray());
        }

        static List<Counts> of(HelpRequested request, ZoneId zone) {
            LocalDate day = request.at().atZone(zone).toLocalDate();
            List<Counts> counts = new ArrayList<>();
            for (HelpRequested.RoutedNeed need : request.needs()) {
                counts.add(new Counts(Rollup.DEMAND, key("on_day", day, "hub_id", hub(need.hubId(), need.routeStatus()), "ward_code",
                        ward(need.wardCode()), "category_code", need.categoryCode(), "channel",
                        request.channel().name()), new long[] {1}));
            }
            if (request.needs().isEmpty()) {
                return counts;
            }
            HelpRequested.RoutedNeed first = request.needs().getFirst();
            HelpRequested.Caller caller = request.caller();
            counts.add(new Counts(Rollup.REQUESTS, key("on_day", day, "hub_id", hub(first.hubId(), first.routeStatus()), "ward_code",
                    ward(first.wardCode()), "channel", request.channel().name()), new long[] {1,
                            caller.repeat() ? 1 : 0, caller.complex() ? 1 : 0, request.needs().size()}));
            for (String vulnerability : new TreeSet<>(caller.vulnerabilities())) {
                counts.add(new Counts(Rollup.VULNERABILITIES, key("on_day", day, "hub_id", hub(first.hubId(), first.routeStatus()),
                        "ward_code", ward(first.wardCode()), "vulnerability", vulnerability), new long[] {1}));
            }
            return counts;
        }

        static List<Counts> of(NeedResolved need, ZoneId zone) {
            return List.of(new Counts(Rollup.RESOLUTIONS, key("on_day",
                    need.resolvedAt().atZone(zone).toLocalDate(), "hub_id", hub(need.hubId(), need.routeStatus()), "ward_code",
                    ward(need.wardCode()), "category_code", need.categoryCode(), "priority", need.priority().name()),
                    new long[] {1, need.withinSla() ? 1 : 0,
                            Duration.between(need.askedAt(), need.resolvedAt()).toMinutes()}));
        }

        static List<Counts> of(ReferralMoved move, ZoneId zone) {
            return List.of(new Counts(Rollup.REFERRALS, key("on_day", move.at().atZone(zone).toLocalDate(),
                    "hub_id", hub(move.hubId()), "partner_id", move.organisationId(), "category_code",
                    move.categoryCode() == null ? NO_CATEGORY : move.categoryCode(), "outcome", move.status().name()),
                    new long[] {1, move.status() == ReferralStatus.ACCEPTED
                            ? Duration.between(move.sentAt(), move.at()).toMinutes() : 0}));
        }

        private static long hub(Long hubId) {
            return hubId == null ? NO_HUB : hubId;
        }

        /** A need without a hub counts under its cause: out of area, left to route later, or postcode not known. */
        private static long hub(Long hubId, String routeStatus) {
            if (hubId != null) {
                return hubId;
            }
            return switch (routeStatus == null ? "" : routeStatus) {
                case "OUT_OF_AREA", "OUT_OF_AREA_RECORDED" -> NO_HUB_OUT_OF_AREA;
                case "ROUTE_LATER" -> NO_HUB_ROUTE_LATER;
                default -> NO_HUB;
            };
        }

        private static String ward(String wardCode) {
            return wardCode == null ? NO_WARD : wardCode;
        }

        private static Map<String, Object> key(Object... pairs) {
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                key.put((String) pairs[i], pairs[i + 1]);
            }
            return key;
        }
    }
}
