package org.hubline.intake;

/**
 * What the handler decided about routing when the postcode alone did not settle it: the ward
 * they chose (unknown postcode), a hub chosen by hand with a reason (overriding routing, or
 * routing an out-of-area caller anyway), recording the caller as out of area, or routing the
 * needs later (they wait in the queue of needs without a hub). A need never goes to no hub
 * without one of the last two.
 */
public record RoutingChoice(String wardCode, Long hubId, String reason, boolean outOfArea, boolean routeLater) {

    public static RoutingChoice byPostcode() {
        return new RoutingChoice(null, null, null, false, false);
    }

    public static RoutingChoice ward(String wardCode) {
        return new RoutingChoice(wardCode, null, null, false, false);
    }

    public static RoutingChoice hub(long hubId, String reason) {
        return new RoutingChoice(null, hubId, reason, false, false);
    }

    public static RoutingChoice recordOutOfArea() {
        return new RoutingChoice(null, null, null, true, false);
    }

    public static RoutingChoice later() {
        return new RoutingChoice(null, null, null, false, true);
    }
}
