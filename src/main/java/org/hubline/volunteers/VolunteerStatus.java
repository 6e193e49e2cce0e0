package org.hubline.volunteers;

/** Where a volunteer is: only active volunteers are given tasks. */
public enum VolunteerStatus {
    APPLICANT("Applicant"), ACTIVE("Active"), PAUSED("Paused"), LEFT("Left");

    private final String label;

    VolunteerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
