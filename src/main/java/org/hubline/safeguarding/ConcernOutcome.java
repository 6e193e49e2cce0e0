package org.hubline.safeguarding;

/** What the safeguarding lead did with a concern. */
public enum ConcernOutcome {
    ADULT_SOCIAL_CARE("Referred to adult social care", true),
    CHILDRENS_SOCIAL_CARE("Referred to children's social care", true),
    NO_FURTHER_ACTION("No further action", false);

    private final String label;
    private final boolean referral;

    ConcernOutcome(String label, boolean referral) {
        this.label = label;
        this.referral = referral;
    }

    public String label() {
        return label;
    }

    /** A referral carries social care's reference; no further action says why instead. */
    public boolean referral() {
        return referral;
    }
}
