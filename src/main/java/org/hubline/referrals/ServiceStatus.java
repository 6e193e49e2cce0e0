package org.hubline.referrals;

/** A partner service's status, with its Open Referral UK value. */
public enum ServiceStatus {
    ACTIVE("active", "Active"), INACTIVE("inactive", "Inactive"), DEFUNCT("defunct", "Defunct"),
    TEMPORARILY_CLOSED("temporarily closed", "Temporarily closed");

    private final String oruk;
    private final String label;

    ServiceStatus(String oruk, String label) {
        this.oruk = oruk;
        this.label = label;
    }

    public String oruk() {
        return oruk;
    }

    public String label() {
        return label;
    }

    public static ServiceStatus fromOruk(String value) {
        for (ServiceStatus s : values()) {
            if (s.oruk.equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be active, inactive, defunct or temporarily closed");
    }
}
