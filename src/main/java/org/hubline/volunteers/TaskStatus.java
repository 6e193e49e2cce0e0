package org.hubline.volunteers;

import java.util.Set;

/** Where a task is: open (unallocated) → offered → accepted → in progress → done / could not complete. */
public enum TaskStatus {
    OPEN("Not allocated"), OFFERED("Offered"), ACCEPTED("Accepted"), IN_PROGRESS("In progress"), DONE("Done"),
    NOT_COMPLETED("Could not complete");

    /** Statuses in which the task takes one of the volunteer's slots. */
    public static final Set<TaskStatus> HOLDING_A_SLOT = Set.of(OFFERED, ACCEPTED, IN_PROGRESS);

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == NOT_COMPLETED;
    }
}
