package org.hubline.referrals;

/** How much a service can take on now. */
public enum Capacity {
    OPEN("Open"), LIMITED("Limited"), FULL("Full");

    private final String label;

    Capacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
