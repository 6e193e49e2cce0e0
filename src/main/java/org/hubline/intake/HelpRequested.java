package org.hubline.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A help request was logged and its needs routed (for hub work, referrals and insight).
 * {@code caller} describes the resident's recent demand without identifying them.
 */
public record HelpRequested(long requestId, long residentId, Channel channel, Priority priority, Instant at,
        List<RoutedNeed> needs, Caller caller) {

    /** The 28 days over which repeat and complex demand are judged. */
    public static final int WINDOW_DAYS = 28;

    /** {@code routeStatus}: how it was routed, which says why a need has no hub (out of area, postcode not known). */
    public record RoutedNeed(long needTypeId, String categoryCode, String wardCode, Long hubId, String routeStatus) {

        public RoutedNeed(long needTypeId, String categoryCode, String wardCode, Long hubId) {
            this(needTypeId, categoryCode, wardCode, hubId, hubId == null ? null : "ROUTED");
        }
    }

    /**
     * The resident's demand in the {@value #WINDOW_DAYS} days up to and including this request:
     * how many requests, across how many need categories, and the vulnerabilities they have.
     */
    public record Caller(int requestsInWindow, int categoriesInWindow, Set<String> vulnerabilities) {

        public boolean repeat() {
            return requestsInWindow >= 2;
        }

        public boolean complex() {
            return categoriesInWindow >= 3;
        }
    }
}
