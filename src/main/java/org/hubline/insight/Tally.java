package org.hubline.insight;

/**
 * One line of a dashboard tile: a label, the count in the period and in the previous period of
 * the same length, and, for wards, the rate per 1,000 residents. Counts below the smallest shown
 * are suppressed (statistical disclosure control): {@link #shown()} says "fewer than 5".
 */
public record Tally(String label, int count, int previous, Double ratePer1000, boolean suppressed,
        boolean previousSuppressed) {

    public String shown() {
        return suppressed ? "fewer than 5" : String.valueOf(count);
    }

    public String change() {
        if (suppressed || previousSuppressed) {
            return "";
        }
        if (previous == 0) {
            return count == 0 ? "no change" : "new";
        }
        long percent = Math.round(100.0 * (count - previous) / previous);
        return (percent > 0 ? "+" : "") + percent + "%";
    }
}
