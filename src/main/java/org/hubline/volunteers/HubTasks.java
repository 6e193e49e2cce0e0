package org.hubline.volunteers;

import static org.hubline.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.hubline.audit.AuditTrail;
import org.hubline.intake.HubNeed;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.NeedProgress;
import org.hubline.intake.NeedStatus;
import org.hubline.shared.notify.Messages;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's work with tasks: make tasks from needs routed to their hub, see explained
 * suggestions, allocate (exactly one of two simultaneous allocations wins, and a volunteer is
 * never given more tasks than their slots), follow the task through to done or could not
 * complete with hours, and the need follows. Only the task's hub's coordinators see or change it.
 */
@Service
@Transactional
public class HubTasks {

    static final String RECORD_TYPE = "TASK";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);

    private final VolunteersStore store;
    private final VolunteerTaskRepository tasks;
    private final VolunteerRoster roster;
    private final HubNeeds needs;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final TaskRules rules;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    HubTasks(VolunteersStore store, VolunteerTaskRepository tasks, VolunteerRoster roster, HubNeeds needs, ApplicationEventPublisher events,
            Messages messages, TaskRules rules, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.roster = roster;
        this.needs = needs;
        this.events = events;
        this.messages = messages;
        this.rules = rules;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Makes a task from a need routed to one of the coordinator's hubs. A need may have several. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary createTask(long needId, TaskType type, Instant dueAt, String instructions) {
        HubNeed need = needs.need(needId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (type == null) {
            errors.put("type", "Choose the kind of task");
        }
        if (dueAt == null) {
            errors.put("dueAt", "Choose when it is due");
        } else if (dueAt.isBefore(clock.instant().minusSeconds(3600))) {
            errors.put("dueAt", "The due time has passed: choose a time from now on");
        }
        if (instructions != null && instructions.length() > 500) {
            errors.put("instructions", "At most 500 characters");
        }
        if (!need.status().open()) {
            errors.put("need", "This need is already " + need.status().label().toLowerCase(Locale.UK));
        }
        Validation.throwIfAny(errors);
        long id = tasks.save(VolunteerTask.create(needId, need.hubId(), need.wardCode(), type, dueAt,
                blankToNull(instructions), currentUser.actorName(), clock.instant())).id();
        audit.record("TASK_CREATED", RECORD_TYPE, id, type.label() + " for need " + needId);
        return store.task(id).orElseThrow();
    }

    /** The hub's tasks in the given statuses, by due time. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional(readOnly = true)
    public List<TaskSummary> tasks(long hubId, Collection<TaskStatus> statuses) {
        currentUser.hubScope().require(hubId);
        return store.tasksOfHub(hubId, statuses);
    }

    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional(readOnly = true)
    public TaskSummary task(long id) {
        TaskSummary task = store.task(id).orElseThrow(() -> InvalidInputException.of("task", "No such task"));
        currentUser.hubScope().require(task.hubId());
        return task;
    }

    /** The need a task serves (first name and street of the resident only). */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional(readOnly = true)
    public HubNeed needOf(TaskSummary task) {
        return needs.need(task(task.id()).needId());
    }

    /** The hub's volunteers for the task: ranked with reasons, then those excluded with why. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(long taskId) {
        TaskSummary task = task(taskId);
        Suggestions.Task facts = facts(task);
        Availability slot = new Availability(facts.due().getDayOfWeek(), PartOfDay.of(facts.due().toLocalTime()));
        return Suggestions.rank(facts, store.candidates(task.hubId(), rules.dbsRenewalYears(), task.type().skill(),
                slot, facts.due().toLocalDate()), store.skillNames(), LocalDate.now(clock));
    }

    /**
     * Offers the task to the volunteer and tells them by text or email. Refused, saying why, if
     * the task was allocated by someone else meanwhile, the volunteer may not do it, or their
     * last free slot has just gone.
     */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary allocate(TaskSummary opened, long volunteerId) {
        TaskSummary task = task(opened.id());
        Suggestion choice = suggest(task.id()).stream().filter(s -> s.volunteerId() == volunteerId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("volunteer", "This volunteer does not serve the hub"));
        if (choice.excluded()) {
            throw InvalidInputException.of("volunteer", choice.name() + " cannot take this task: " + choice.exclusion());
        }
        try {
            change(task.id(), t -> t.offerTo(volunteerId, opened.version(), clock.instant()));
        } catch (StaleEditException e) {
            TaskSummary now = store.task(task.id()).orElseThrow();
            throw new StaleEditException("This task has just been " + now.status().label().toLowerCase(Locale.UK)
                    + (now.volunteerName() == null ? "" : " to " + now.volunteerName())
                    + " by someone else. The list has been refreshed.");
        }
        if (!store.takeSlot(volunteerId)) {
            throw new StaleEditException(choice.name() + " has just been given their last free task by someone else."
                    + " Choose another volunteer.");
        }
        HubNeed need = needs.need(task.needId());
        if (need.status() == NeedStatus.ROUTED) {
            events.publishEvent(new NeedProgress(need.needId(), NeedStatus.IN_PROGRESS, null,
                    currentUser.actorName()));
        }
        tell(roster.load(volunteerId), task, need);
        audit.record("TASK_OFFERED", RECORD_TYPE, task.id(), "Offered to " + choice.name());
        return store.task(task.id()).orElseThrow();
    }

    /** The volunteer said yes. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary accepted(TaskSummary opened) {
        TaskSummary task = task(opened.id());
        change(task.id(), t -> t.accept(opened.version(), clock.instant()));
        audit.record("TASK_ACCEPTED", RECORD_TYPE, task.id(), TaskStatus.ACCEPTED.label());
        return store.task(task.id()).orElseThrow();
    }

    /** The volunteer said no: the task is open again and their slot is freed. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary declined(TaskSummary opened, String reason) {
        TaskSummary task = task(opened.id());
        change(task.id(), t -> t.decline(reason, opened.version(), clock.instant()));
        store.releaseSlot(task.volunteerId());
        audit.record("TASK_DECLINED", RECORD_TYPE, task.id(), task.volunteerName() + " declined");
        return store.task(task.id()).orElseThrow();
    }

    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary started(TaskSummary opened) {
        TaskSummary task = task(opened.id());
        change(task.id(), t -> t.start(opened.version(), clock.instant()));
        audit.record("TASK_STARTED", RECORD_TYPE, task.id(), TaskStatus.IN_PROGRESS.label());
        return store.task(task.id()).orElseThrow();
    }

    /** Done, with the hours given. The need is met once none of its other tasks is still under way. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary done(TaskSummary opened, BigDecimal hours) {
        requireHours(hours);
        TaskSummary task = finish(opened, TaskStatus.DONE, null, hours, "TASK_DONE");
        boolean othersUnderWay = store.tasksOfNeed(task.needId()).stream()
                .anyMatch(t -> t.id() != task.id() && !t.status().finished());
        HubNeed need = needs.need(task.needId());
        if (!othersUnderWay && need.status().open()) {
            events.publishEvent(new NeedProgress(need.needId(), NeedStatus.MET, null, currentUser.actorName()));
        }
        return task;
    }

    /** Could not complete, with the reason; the need stays open for another task or a decision. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public TaskSummary couldNotComplete(TaskSummary opened, String reason, BigDecimal hours) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the task could not be completed");
        }
        if (hours != null) {
            requireHours(hours);
        }
        return finish(opened, TaskStatus.NOT_COMPLETED, reason.trim(), hours, "TASK_NOT_COMPLETED");
    }

    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional(readOnly = true)
    public List<MessageLogEntry> messages(long taskId) {
        task(taskId);
        return store.messagesOfTask(taskId);
    }

    private TaskSummary finish(TaskSummary opened, TaskStatus to, String reason, BigDecimal hours, String action) {
        TaskSummary task = task(opened.id());
        change(task.id(), t -> t.finish(to, reason, hours, opened.version(), clock.instant()));
        store.releaseSlot(task.volunteerId());
        audit.record(action, RECORD_TYPE, task.id(), to.label() + (hours == null ? "" : ", " + hours + " h")
                + (reason == null ? "" : ": " + reason));
        return store.task(task.id()).orElseThrow();
    }

    /** Loads the task, lets it make the move by its own rules and saves it; a save that lost a race is stale too. */
    private void change(long taskId, Consumer<VolunteerTask> move) {
        VolunteerTask task = tasks.findById(taskId).orElseThrow();
        move.accept(task);
        try {
            tasks.save(task);
        } catch (OptimisticLockingFailureException e) {
            TaskSummary now = store.task(taskId).orElseThrow();
            throw new StaleEditException("Someone else changed this task meanwhile: it is now "
                    + now.status().label().toLowerCase(Locale.UK) + ". The list has been refreshed.");
        }
    }

    private static void requireHours(BigDecimal hours) {
        if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw InvalidInputException.of("hours", "Enter the hours given, from 0 to 24");
        }
    }

    /**
     * Tells the volunteer about the task: only their first name, the task, the resident's first
     * name and street, when, and what the help must respect (diet, access). Never the resident's
     * needs beyond the task.
     */
    private void tell(Volunteer volunteer, TaskSummary task, HubNeed need) {
        VolunteerDetails v = volunteer.details();
        boolean sms = v.phone() != null && v.phone().startsWith("07");
        String recipient = sms ? v.phone() : v.email();
        if (recipient == null) {
            return;
        }
        ZoneId zone = clock.getZone();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("first_name", v.firstName());
        fields.put("task", task.type().label() + (need.residentFirstName() == null ? "" : " for "
                + need.residentFirstName()));
        fields.put("street", need.residentStreet() == null ? (need.residentPostcode() == null ? "" :
                need.residentPostcode()) : need.residentStreet());
        fields.put("due", task.dueAt().atZone(zone).format(DUE));
        fields.put("respect", need.residentSupport() == null ? "" : need.residentSupport());
        String body = "Hello " + fields.get("first_name") + ", your hub has a task for you: " + fields.get("task")
                + ", " + fields.get("street") + ", by " + fields.get("due") + "."
                + (fields.get("respect").isEmpty() ? "" : " Please respect: " + fields.get("respect") + ".")
                + " Please reply to your coordinator.";
        Messages.Receipt receipt = messages.send(new Messages.Outgoing(
                sms ? Messages.Channel.SMS : Messages.Channel.EMAIL, recipient,
                sms ? "volunteer-task-sms" : "volunteer-task-email", fields, "task-" + task.id()));
        store.logMessage(volunteer.id(), task.id(), sms ? "SMS" : "EMAIL", recipient, body, receipt,
                currentUser.actorName(), clock.instant());
    }

    private Suggestions.Task facts(TaskSummary task) {
        return new Suggestions.Task(task.type(), rules.requiredDbs(task.type()),
                task.dueAt().atZone(clock.getZone()).toLocalDateTime(), task.wardCode());
    }

    static final EnumSet<TaskStatus> UNDER_WAY = EnumSet.of(TaskStatus.OFFERED, TaskStatus.ACCEPTED,
            TaskStatus.IN_PROGRESS);
}
