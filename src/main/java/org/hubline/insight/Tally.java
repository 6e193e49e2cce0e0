package org.hubline.insight;

/**
 * One line of a dashboard tile: a label, the count in the period and in the previous period of
 * the same length, and, for wards, the rate per 1,000 residents. Counts below the smallest shown
 * are suppressed (statistical disclosure control): {@link #shown()} says "fewer than 5".
 */
public record Tally(String label, int count, int previous, Double ratePer1000, boolean suppressed,
        boolean previousSuppressed) {

    public String shown() {
        return suppressed ? DemandDashboard.SUPPRESSED : String.valueOf(count);
    }

    public String previousShown() {
        return previousSuppressed ? DemandDashboard.SUPPRESSED : String.valueOf(previous);
    }

    public String change() {
        return change(count, previous, suppressed || previousSuppressed);
    }

    /** The change from the previous figure in words ("+12%", "new", "no change"), or blank when either is hidden. */
    static String change(long count, long previous, boolean hidden) {
        if (hidden) {
            return "";
        }
        if (previous == 0) {
            return count == 0 ? "no change" : "new";
        }
        long percent = Math.round(100.0 * (count - previous) / previous);
        return (percent > 0 ? "+" : "") + percent + "%";
    }
}
