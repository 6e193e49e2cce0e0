package org.hubline.intake;

/**
 * What the handler decided about routing when the postcode alone did not settle it: the ward
 * they chose (unknown postcode), a hub chosen by hand with a reason (overriding routing, or
 * routing an out-of-area caller anyway), or recording the caller as out of area.
 */
public record RoutingChoice(String wardCode, Long hubId, String reason, boolean outOfArea) {

    public static RoutingChoice byPostcode() {
        return new RoutingChoice(null, null, null, false);
    }

    public static RoutingChoice ward(String wardCode) {
        return new RoutingChoice(wardCode, null, null, false);
    }

    public static RoutingChoice hub(long hubId, String reason) {
        return new RoutingChoice(null, hubId, reason, false);
    }

    public static RoutingChoice recordOutOfArea() {
        return new RoutingChoice(null, null, null, true);
    }
}
