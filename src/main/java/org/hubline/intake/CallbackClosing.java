package org.hubline.intake;

/** How a hub's coordinator settles a callback the helpline could not get through on. */
public enum CallbackClosing {
    DOORSTEP_CHECK("A volunteer's doorstep check"), LETTER("A letter sent"), CLOSED("Closed: no more tries");

    private final String label;

    CallbackClosing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
