package org.hubline.intake;

import org.hubline.residents.Vulnerability;

/**
 * What a coordinator narrows their hub's residents to: only those with open needs, whose open
 * needs are of a priority, with a vulnerability, last spoken to within or before some days, or
 * flagged as complex demand. Null (or false) leaves a filter off.
 */
public record HubResidentFilter(boolean openNeedsOnly, Priority priority, Vulnerability vulnerability,
        LastContact lastContact, boolean flaggedOnly) {

    public static HubResidentFilter none() {
        return new HubResidentFilter(false, null, null, null, false);
    }

    /** When the helpline last had a call with them, as a coordinator asks it. */
    public enum LastContact {
        WITHIN_WEEK("In the last 7 days", 0, 7), OVER_WEEK("Over 7 days ago", 7, Integer.MAX_VALUE),
        OVER_MONTH("Over 28 days ago", 28, Integer.MAX_VALUE);

        private final String label;
        private final int fromDays;
        private final int toDays;

        LastContact(String label, int fromDays, int toDays) {
            this.label = label;
            this.fromDays = fromDays;
            this.toDays = toDays;
        }

        public String label() {
            return label;
        }

        boolean holds(long daysAgo) {
            return daysAgo >= fromDays && daysAgo < toDays;
        }
    }

    /** The kinds of filter in use, for the audit trail (never a resident's details). */
    String kinds() {
        StringBuilder kinds = new StringBuilder();
        if (openNeedsOnly) {
            kinds.append("open needs; ");
        }
        if (priority != null) {
            kinds.append(priority.name()).append("; ");
        }
        if (vulnerability != null) {
            kinds.append("a vulnerability; ");
        }
        if (lastContact != null) {
            kinds.append("last contact ").append(lastContact.label().toLowerCase()).append("; ");
        }
        if (flaggedOnly) {
            kinds.append("flagged as complex; ");
        }
        return kinds.isEmpty() ? "no filter" : kinds.substring(0, kinds.length() - 2);
    }
}
