package org.hubline.intake;

/** Whether the resident (or someone for them) called in, or the helpline called out. */
public enum Direction {
    INBOUND("Inbound"), OUTBOUND("Outbound");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
