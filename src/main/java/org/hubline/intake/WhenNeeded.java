package org.hubline.intake;

/** When a need (such as a prescription) is needed by. */
public enum WhenNeeded {
    TODAY("Today"), TOMORROW("Tomorrow"), THIS_WEEK("This week");

    private final String label;

    WhenNeeded(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
