package org.hubline.referrals;

import java.util.List;

/**
 * How a feed's refresh went: services added, changed, unchanged and withdrawn (gone from the feed,
 * so no longer offered); or, if anything could not be read, the problems, and then nothing changed.
 */
public record FeedReport(int added, int changed, int unchanged, int withdrawn, List<String> problems) {

    static FeedReport failed(List<String> problems) {
        return new FeedReport(0, 0, 0, 0, List.copyOf(problems));
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** One line for the feed's list and the admin's report. */
    public String summary() {
        if (!succeeded()) {
            return "Nothing changed: " + String.join("; ", problems.subList(0, Math.min(problems.size(), 20)))
                    + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : "");
        }
        return added + " added, " + changed + " changed, " + unchanged + " unchanged, " + withdrawn + " withdrawn";
    }
}
