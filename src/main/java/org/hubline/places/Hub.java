package org.hubline.places;

/** A place-based hub, as other modules see it. */
public record Hub(long id, String code, String name, boolean active) {
}
