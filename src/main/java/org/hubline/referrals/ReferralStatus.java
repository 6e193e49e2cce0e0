package org.hubline.referrals;

/** Where a referral is: sent → accepted / declined → completed / could not help; withdrawn by the hub while open. */
public enum ReferralStatus {
    SENT("Sent, waiting for the partner"), ACCEPTED("Accepted"), DECLINED("Declined"), COMPLETED("Completed"),
    COULD_NOT_HELP("Could not help"), WITHDRAWN("Withdrawn by the hub");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }
}
