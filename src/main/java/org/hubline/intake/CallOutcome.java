package org.hubline.intake;

/** How a call ended. Calls without contact count as unsuccessful attempts. */
public enum CallOutcome {
    SPOKE_COMPLETE("Spoke to resident · complete", true),
    SPOKE_REFUSED("Spoke to resident · refused help", true),
    SPOKE_RESCHEDULED("Spoke to resident · call back later", true),
    SPOKE_SIGNPOSTED("Spoke to resident · signposted to their own council (out of area)", true),
    VOICEMAIL("No contact · left voicemail", false),
    WRONG_NUMBER("No contact · wrong number", false),
    NO_ANSWER("No contact · no answer", false);

    private final String label;
    private final boolean contact;

    CallOutcome(String label, boolean contact) {
        this.label = label;
        this.contact = contact;
    }

    public String label() {
        return label;
    }

    public boolean contact() {
        return contact;
    }
}
