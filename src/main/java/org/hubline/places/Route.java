package org.hubline.places;

/**
 * Where a resident's needs go: the ward they live in and the hub that covers it, with how that
 * was decided. Only {@link Status#ROUTED}, {@link Status#WARD_CHOSEN} and
 * {@link Status#OVERRIDDEN} carry a hub; the others say, in {@code message}, what the handler
 * should do next. A call is never blocked: the handler can always choose a ward.
 */
public record Route(Status status, String postcode, Ward ward, Hub hub, boolean terminatedPostcode, String message,
        String reason) {

    public enum Status {
        /** The postcode is in the borough: routed by its ward. */
        ROUTED,
        /** The handler chose the ward (the postcode was unknown or not given). */
        WARD_CHOSEN,
        /** The handler sent the need to another hub, with a reason. */
        OVERRIDDEN,
        /** The postcode is in a neighbouring authority: route to a hub anyway, or record as out of area. */
        OUT_OF_AREA,
        /** The postcode is well formed but not in the directory: choose the ward. */
        UNKNOWN_POSTCODE,
        /** What was typed is not a UK postcode. */
        INVALID_POSTCODE
    }

    public boolean hasHub() {
        return hub != null;
    }
}
