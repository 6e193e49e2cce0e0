package org.hubline.audit;

/**
 * Why someone read a person's record, as their "who viewed" list shows it. Each read of personal
 * data is audited under one of these, naming the record only, never what it says.
 */
public enum ReadPurpose {
    VIEWING("Opened the record"),
    ATTACHING_TO_CALL("Attached to a call"),
    MATCHING("Shown as a possible match for a caller"),
    SEARCH_RESULT("Found in a search"),
    REFERRAL_PREVIEW("Previewed for a referral"),
    PARTNER_READING("Read by a partner in a referral"),
    HUB_LIST("Listed on a hub's residents"),
    WORK_LIST("Listed in the helpline's or a hub's work (callbacks, needs)"),
    EXPORTING("Exported");

    private final String label;

    ReadPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
