package org.hubline.intake;

/** Why a need was closed without being met or not met. */
public enum ClosingReason {
    DUPLICATE("A duplicate of another need"),
    WITHDRAWN("Withdrawn by the resident"),
    NO_LONGER_NEEDED("No longer needed");

    private final String label;

    ClosingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
