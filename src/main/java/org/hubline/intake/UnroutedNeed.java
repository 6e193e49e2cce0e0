package org.hubline.intake;

import java.time.Instant;

/**
 * An open need that no hub has yet, and why: the postcode was not known, the caller was recorded
 * as out of area, or the handler chose to route it later. First name and postcode only.
 */
public record UnroutedNeed(long needId, long requestId, long residentId, String label, Priority priority,
        Instant askedAt, Instant dueAt, String cause, String residentFirstName, String postcode) {

    /** The cause in words, from how the need was routed. */
    public static String cause(String routeStatus) {
        return switch (routeStatus == null ? "" : routeStatus) {
            case "OUT_OF_AREA", "OUT_OF_AREA_RECORDED" -> "Out of area";
            case "UNKNOWN_POSTCODE", "INVALID_POSTCODE" -> "Postcode not known";
            case "ROUTE_LATER" -> "Left to route later";
            default -> "Not routed";
        };
    }
}
