package org.hubline.residents;

/** How the resident prefers to be contacted. */
public enum ContactMethod {
    PHONE("Phone"), TEXT("Text message"), EMAIL("Email"), LETTER("Letter");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
