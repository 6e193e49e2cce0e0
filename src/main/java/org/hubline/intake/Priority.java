package org.hubline.intake;

/** How soon a help request must be acted on; the time each allows is a setting ({@link SlaSettings}). */
public enum Priority {
    P1("P1 · same day"), P2("P2 · within 48 hours"), P3("P3 · within 5 working days");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
