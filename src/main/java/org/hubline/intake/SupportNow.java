package org.hubline.intake;

/** Who supports the resident now: less support, sooner help. */
public enum SupportNow {
    NONE("No one"), FAMILY_OR_FRIENDS("Family or friends"), NEIGHBOURS_OR_COMMUNITY("Neighbours or community group"),
    OTHER_SERVICE("Another service");

    private final String label;

    SupportNow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
