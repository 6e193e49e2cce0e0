package org.hubline.intake;

import java.time.Instant;

/**
 * A need routed to a hub, as the hub's coordinator works it: what, how urgent, where, and who
 * for (first name and street only).
 */
public record HubNeed(long needId, long requestId, long hubId, String wardCode, String categoryCode, String category,
        String type,
        WhenNeeded whenNeeded, String detail, NeedStatus status, Priority priority, String reasons, Instant dueAt,
        long residentId, String residentFirstName, String residentStreet, String residentPostcode,
        String residentSupport) {

    public String label() {
        return NeedType.label(category, type);
    }
}
