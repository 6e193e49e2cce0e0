package org.hubline.intake;

import java.time.Instant;

/** A need as recorded: what, when needed, status, and where it was routed. */
public record NeedSummary(long id, long requestId, String category, String type, WhenNeeded whenNeeded, String detail,
        NeedStatus status, String statusReason, String wardCode, Long hubId, String hubName, String routeStatus,
        String routeReason, Instant routedAt) {

    /** "Food · Shopping"; a need named as its category is said once ("Social isolation"). */
    public String label() {
        return NeedType.label(category, type);
    }
}
