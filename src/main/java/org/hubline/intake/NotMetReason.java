package org.hubline.intake;

/** Why a need was not met, from the list the hubs report on; "other" needs the reason in words. */
public enum NotMetReason {
    NO_VOLUNTEER("No volunteer was free"),
    NO_PARTNER("No partner could help"),
    NOT_CONTACTABLE("We could not reach the resident"),
    DECLINED("The resident turned the help down"),
    NOT_ELIGIBLE("Not eligible for this help"),
    OTHER("Another reason");

    private final String label;

    NotMetReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
