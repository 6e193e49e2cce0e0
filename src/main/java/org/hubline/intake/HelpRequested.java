package org.hubline.intake;

import java.time.Instant;
import java.util.List;

/** A help request was logged and its needs routed (for hub work, referrals and insight). */
public record HelpRequested(long requestId, long residentId, Channel channel, Priority priority, Instant at,
        List<RoutedNeed> needs) {

    public record RoutedNeed(long needTypeId, String categoryCode, String wardCode, Long hubId) {
    }
}
