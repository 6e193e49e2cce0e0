package org.hubline.places.ui;

import java.util.List;

/**
 * Light fills for hubs on the hex map, each with at least 4.5:1 contrast against the map's
 * near-black labels, and distinguishable from one another; hubs beyond the palette reuse it.
 */
final class HubColours {

    private static final List<String> PALETTE = List.of("#9ecae1", "#fdd49e", "#a1d99b", "#d4b9da", "#fcbba1",
            "#c7e9c0", "#fee391", "#bcbddc");
    static final String UNASSIGNED = "#e0e0e0";

    private HubColours() {
    }

    static String forIndex(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }
}
