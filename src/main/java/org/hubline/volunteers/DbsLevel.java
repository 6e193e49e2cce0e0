package org.hubline.volunteers;

/** The level of a volunteer's DBS check; a higher level covers what a lower one does. */
public enum DbsLevel {
    NONE("None"), BASIC("Basic"), STANDARD("Standard"), ENHANCED("Enhanced");

    private final String label;

    DbsLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean covers(DbsLevel required) {
        return ordinal() >= required.ordinal();
    }
}
