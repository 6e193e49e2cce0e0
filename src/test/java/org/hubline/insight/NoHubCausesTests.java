package org.hubline.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.intake.Channel;
import org.hubline.intake.HelpRequested;
import org.hubline.intake.NeedResolved;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.Priority;
import org.junit.jupiter.api.Test;

/**
 * A director reading demand without a hub sees why it has none: callers out of area, postcodes the
 * directory does not know, and needs left for a coordinator to route are counted apart.
 */
class NoHubCausesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    private static long hubKeyOfDemand(String routeStatus) {
        HelpRequested request = new HelpRequested(1, 1, Channel.PHONE, Priority.P3, AT,
                List.of(new HelpRequested.RoutedNeed(1, "FOOD", null, null, routeStatus)),
                new HelpRequested.Caller(1, 1, Set.of()));
        return DemandRollup.Counts.of(request, LONDON).stream().filter(c -> c.rollup() == Rollup.DEMAND)
                .map(c -> (Long) c.key().get("hub_id")).findFirst().orElseThrow();
    }

    private static String hubName(long key) {
        return new DashboardBuilder.Request(null, null, "the borough", Map.of(), Map.of(1L, "North Hub"), Map.of())
                .hubName(key);
    }

    @Test
    void needsWithoutAHubAreCountedUnderTheirRealCause() {
        assertThat(hubName(hubKeyOfDemand("OUT_OF_AREA_RECORDED"))).isEqualTo("No hub (out of area)");
        assertThat(hubName(hubKeyOfDemand("OUT_OF_AREA"))).isEqualTo("No hub (out of area)");
        assertThat(hubName(hubKeyOfDemand("UNKNOWN_POSTCODE"))).isEqualTo("No hub (postcode not known)");
        assertThat(hubName(hubKeyOfDemand("INVALID_POSTCODE"))).isEqualTo("No hub (postcode not known)");
        assertThat(hubName(hubKeyOfDemand("ROUTE_LATER"))).isEqualTo("No hub (left to route later)");
        assertThat(hubName(1)).isEqualTo("North Hub");
    }

    @Test
    void aSignpostedCallersClosedNeedIsResolvedOutOfAreaToo() {
        NeedResolved closed = new NeedResolved(1, null, null, "FOOD", Priority.P3, NeedStatus.CLOSED, AT, AT.plusSeconds(3600),
                AT, "OUT_OF_AREA_RECORDED");
        long key = (Long) DemandRollup.Counts.of(closed, LONDON).get(0).key().get("hub_id");
        assertThat(hubName(key)).isEqualTo("No hub (out of area)");
    }
}
