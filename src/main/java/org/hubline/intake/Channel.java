package org.hubline.intake;

/** How a call or request reached the helpline. */
public enum Channel {
    PHONE("Phone"), WEB_FORM("Web form"), EMAIL("Email"), WALK_IN("Walk-in"), PARTNER_REFERRAL("Referral from a partner");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
