package org.hubline.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.hubline.volunteers.TaskType;

/**
 * A new action for the plan. {@code owner} says who does it; for a volunteer task give the need
 * and task type (a task is made for the hub), for a partner give the need and the service (a
 * referral is sent, with the resident's consent).
 */
public record ActionInput(Long goalId, String description, Owner owner, String ownerName, LocalDate dueDate,
        Long needId, TaskType taskType, Instant taskDue, Long serviceId) {

    public enum Owner {
        HUB_TEAM("Hub team"), PARTNER("Partner (referral)"), VOLUNTEER("Volunteer (task)"), RESIDENT("The resident");

        private final String label;

        Owner(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
