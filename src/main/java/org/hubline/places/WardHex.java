package org.hubline.places;

/** Where a ward's hex sits on the borough's hex map (offset coordinates, "odd-r" layout). */
public record WardHex(String wardCode, int q, int r) {
}
