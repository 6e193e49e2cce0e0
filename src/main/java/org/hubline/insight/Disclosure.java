package org.hubline.insight;

/**
 * Statistical disclosure control for one set of counts: when it {@code applies} (ward-level
 * counts), a count above nought but under {@code smallest} is too small to publish and shows as
 * "fewer than 5" in words, as a gap in charts, and is never compared.
 */
record Disclosure(int smallest, boolean applies) {

    boolean hides(long count) {
        return applies && count > 0 && count < smallest;
    }

    boolean hidesEither(long a, long b) {
        return hides(a) || hides(b);
    }

    /** The count in words, or "fewer than 5". */
    String shown(long count) {
        return hides(count) ? DemandDashboard.SUPPRESSED : String.valueOf(count);
    }

    /** The count to draw, or null (a gap). */
    Long drawn(long count) {
        return hides(count) ? null : count;
    }

    /** A tally of this period against the previous one, each hidden if too small. */
    Tally tally(String label, long count, long previous, Double ratePer1000) {
        boolean hidden = hides(count);
        boolean priorHidden = hides(previous);
        return new Tally(label, (int) count, priorHidden ? 0 : (int) previous, hidden ? null : ratePer1000, hidden,
                priorHidden);
    }
}
