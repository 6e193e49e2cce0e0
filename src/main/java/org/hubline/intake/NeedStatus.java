package org.hubline.intake;

/** Where a need is: new → routed → in progress → met / not met (with a reason) / closed. */
public enum NeedStatus {
    NEW("New", true), ROUTED("Routed", true), IN_PROGRESS("In progress", true), MET("Met", false),
    NOT_MET("Not met", false), CLOSED("Closed", false);

    private final String label;
    private final boolean open;

    NeedStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return open;
    }
}
