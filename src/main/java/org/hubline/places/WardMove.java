package org.hubline.places;

/** A proposed change to a footprint: this ward to that hub. */
public record WardMove(String wardCode, long toHubId) {
}
