package org.hubline.intake;

import java.util.ArrayList;
import java.util.List;

import org.hubline.shared.Text;

/** How much a possible match has open, for the match card: "Open now: 1 need · a callback waiting". */
public record OpenWorkCount(int needs, int callbacks) {

    public static final OpenWorkCount NONE = new OpenWorkCount(0, 0);

    /** Empty when nothing is open. */
    public String inWords() {
        List<String> parts = new ArrayList<>();
        if (needs > 0) {
            parts.add(Text.count(needs, "open need"));
        }
        if (callbacks > 0) {
            parts.add(callbacks == 1 ? "a callback waiting" : callbacks + " callbacks waiting");
        }
        return parts.isEmpty() ? "" : "Open now: " + String.join(" · ", parts);
    }
}
