package org.hubline.insight;

import java.util.List;

/**
 * One dashboard tile as it is shown and exported: a title, a sentence saying what it shows, its
 * figures as a table (already made safe to publish), and the charts drawn from them.
 */
public record Tile(String key, String title, String summary, List<String> columns, List<List<String>> rows,
        List<Chart> charts) {

    /** A chart of the tile's figures; {@code description} is its text alternative. */
    public record Chart(Kind kind, boolean horizontal, String description, List<String> labels, List<Series> series) {
    }

    /** How a chart draws its figures. */
    public enum Kind {
        BAR, STACKED_BAR, LINE
    }

    /** One named line or set of bars; a null value is a gap (too small to show). */
    public record Series(String name, List<Long> values) {
    }
}
