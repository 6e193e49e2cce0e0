package org.hubline.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hubline.shared.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: one action of a case's plan, with its owner and due date. An action of the hub
 * team or the resident is moved on by hand (to do, in progress, done, dropped); one made as a
 * volunteer task or a referral follows that instead, and refuses to be moved by hand.
 */
@Table("case_action")
class CaseAction {

    static final List<String> STATUSES = List.of("TO_DO", "IN_PROGRESS", "DONE", "DROPPED");

    @Id
    private Long id;
    private long caseId;
    private Long goalId;
    private String description;
    private String ownerType;
    private String ownerName;
    private LocalDate dueDate;
    private String status;
    private Long taskId;
    private Long referralId;
    private Instant updatedAt;

    static CaseAction plan(long caseId, Long goalId, String description, ActionInput.Owner owner, String ownerName,
            LocalDate due, Long taskId, Long referralId, Instant at) {
        CaseAction a = new CaseAction();
        a.caseId = caseId;
        a.goalId = goalId;
        a.description = description;
        a.ownerType = owner.name();
        a.ownerName = ownerName;
        a.dueDate = due;
        a.status = "TO_DO";
        a.taskId = taskId;
        a.referralId = referralId;
        a.updatedAt = at;
        return a;
    }

    long caseId() {
        return caseId;
    }

    String description() {
        return description;
    }

    void moveTo(String to, Instant at) {
        if (taskId != null || referralId != null) {
            throw InvalidInputException.of("status", "This action follows its " + (taskId != null
                    ? "volunteer task" : "referral") + ": update that instead");
        }
        if (!STATUSES.contains(to)) {
            throw InvalidInputException.of("status", "Choose to do, in progress, done or dropped");
        }
        status = to;
        updatedAt = at;
    }
}
