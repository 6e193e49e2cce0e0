package org.hubline.volunteers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: a task a volunteer does for a need. Its status runs open → offered → accepted →
 * in progress → done / could not complete (a declined offer is open again); the task refuses a
 * move its rules do not allow, or one made on a copy someone else has since changed. The
 * volunteer's slots and what the need hears are {@link HubTasks}' business; it is read through
 * {@link TaskSummary}.
 */
@Table("volunteer_task")
class VolunteerTask {

    @Id
    private Long id;
    private long needId;
    private long hubId;
    private String wardCode;
    private TaskType taskType;
    private Instant dueAt;
    private String instructions;
    private TaskStatus status;
    private Long volunteerId;
    private String outcomeReason;
    private BigDecimal hours;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    static VolunteerTask create(long needId, long hubId, String wardCode, TaskType type, Instant dueAt,
            String instructions, String by, Instant at) {
        VolunteerTask t = new VolunteerTask();
        t.needId = needId;
        t.hubId = hubId;
        t.wardCode = wardCode;
        t.taskType = type;
        t.dueAt = dueAt;
        t.instructions = instructions;
        t.status = TaskStatus.OPEN;
        t.createdBy = by;
        t.createdAt = at;
        t.updatedAt = at;
        return t;
    }

    long id() {
        return id;
    }

    TaskStatus status() {
        return status;
    }

    Long volunteerId() {
        return volunteerId;
    }

    /** Offered to the volunteer; refused as stale unless it is still open as the coordinator saw it. */
    void offerTo(long volunteer, int seenVersion, Instant at) {
        if (status != TaskStatus.OPEN) {
            throw stale();
        }
        requireSeen(seenVersion);
        volunteerId = volunteer;
        moveTo(TaskStatus.OFFERED, at);
    }

    /** The volunteer said yes to the offer. */
    void accept(int seenVersion, Instant at) {
        requireStatus(TaskStatus.OFFERED);
        requireSeen(seenVersion);
        moveTo(TaskStatus.ACCEPTED, at);
    }

    /** The volunteer said no: open again for someone else, with what they said. */
    void decline(String reason, int seenVersion, Instant at) {
        if (status != TaskStatus.OFFERED) {
            throw stale();
        }
        requireSeen(seenVersion);
        volunteerId = null;
        outcomeReason = reason == null || reason.isBlank() ? "Declined" : "Declined: " + reason.trim();
        moveTo(TaskStatus.OPEN, at);
    }

    /** Under way, whether or not the volunteer said yes first. */
    void start(int seenVersion, Instant at) {
        requireStatus(status == TaskStatus.OFFERED ? TaskStatus.OFFERED : TaskStatus.ACCEPTED);
        requireSeen(seenVersion);
        moveTo(TaskStatus.IN_PROGRESS, at);
    }

    /** Done or could not complete, with the hours given and (for could not complete) why. */
    void finish(TaskStatus ending, String reason, BigDecimal hoursGiven, int seenVersion, Instant at) {
        if (!ending.finished()) {
            throw new IllegalArgumentException(ending + " does not finish a task");
        }
        if (!TaskStatus.HOLDING_A_SLOT.contains(status)) {
            throw notNow();
        }
        requireSeen(seenVersion);
        outcomeReason = reason;
        hours = hoursGiven;
        moveTo(ending, at);
    }

    private void moveTo(TaskStatus to, Instant at) {
        status = to;
        updatedAt = at;
    }

    private void requireStatus(TaskStatus expected) {
        if (status != expected) {
            throw notNow();
        }
    }

    private void requireSeen(int seenVersion) {
        if (version != seenVersion) {
            throw stale();
        }
    }

    private InvalidInputException notNow() {
        return InvalidInputException.of("status", "This task is " + status.label().toLowerCase(Locale.UK));
    }

    private StaleEditException stale() {
        return new StaleEditException("Someone else changed this task meanwhile: it is now "
                + status.label().toLowerCase(Locale.UK) + ". The list has been refreshed.");
    }
}
