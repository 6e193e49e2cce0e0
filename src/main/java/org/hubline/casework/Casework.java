package org.hubline.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hubline.accounts.Colleague;
import org.hubline.accounts.Colleagues;
import org.hubline.audit.AuditTrail;
import org.hubline.intake.CallIntake;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.NeedSummary;
import org.hubline.referrals.PathwayOption;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.TaskSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework: cases with one plan around a household (the queue that flags residents for a case is
 * {@link ComplexDemand}). A case is seen only by its lead
 * worker, the resident's hub coordinators and admins; every opening of a case is audited.
 */
@Service
@Transactional
public class Casework {

    static final String COORDINATES = "hasRole('HUB_COORDINATOR')";
    static final String CASE_PEOPLE = "hasAnyRole('HUB_COORDINATOR', 'CALL_HANDLER', 'ADMIN')";
    static final String RECORD_TYPE = "CASE";

    private final CaseStore store;
    private final HouseholdCaseRepository cases;
    private final CaseActionRepository actions;
    private final CaseFiles files;
    private final HubNeeds needs;
    private final CallIntake intake;
    private final Referrals referrals;
    private final HubTasks tasks;
    private final Residents residents;
    private final ResidentFacts residentFacts;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Casework(CaseStore store, HouseholdCaseRepository cases, CaseActionRepository actions, CaseFiles files, HubNeeds needs, CallIntake intake, Referrals referrals, HubTasks tasks,
            Residents residents, ResidentFacts residentFacts, Colleagues colleagues, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.residentFacts = residentFacts;
        this.store = store;
        this.cases = cases;
        this.actions = actions;
        this.files = files;
        this.needs = needs;
        this.intake = intake;
        this.referrals = referrals;
        this.tasks = tasks;
        this.residents = residents;
        this.colleagues = colleagues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The colleagues who can lead a case: coordinators and call handlers. */
    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public List<Colleague> leadWorkers() {
        List<Colleague> all = new ArrayList<>(colleagues.withRole(Role.HUB_COORDINATOR));
        colleagues.withRole(Role.CALL_HANDLER).stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    /** The resident of the coordinator's hub a case is about to be opened for, and any case they have open. */
    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public CaseOpening opening(long residentId) {
        ResidentRecord resident = residents.get(residentId);
        if (resident.hubId() == null) {
            throw InvalidInputException.of("resident", "This resident has not been routed to a hub");
        }
        currentUser.hubScope().require(resident.hubId());
        return new CaseOpening(resident.id(), resident.name(), store.openCaseOf(resident.id()).orElse(null));
    }

    /** Opens a case for a resident of the coordinator's hub (and others of the household). */
    @PreAuthorize(COORDINATES)
    public CaseFile open(long residentId, String leadWorker, String reason, List<Long> householdIds) {
        ResidentRecord resident = residents.get(residentId);
        if (resident.hubId() == null) {
            throw InvalidInputException.of("resident", "This resident has not been routed to a hub");
        }
        currentUser.hubScope().require(resident.hubId());
        if (leadWorkers().stream().noneMatch(c -> c.username().equals(leadWorker))) {
            throw InvalidInputException.of("leadWorker", "Choose a coordinator or call handler to lead the case");
        }
        store.openCaseOf(residentId).ifPresent(id -> {
            throw InvalidInputException.of("resident", resident.name() + " already has an open case");
        });
        Set<Long> household = new LinkedHashSet<>(householdIds == null ? List.of() : householdIds);
        household.stream().filter(member -> member != residentId).forEach(residents::get);
        long id = cases.save(HouseholdCase.open(residentId, resident.hubId(), leadWorker, reason, household,
                LocalDate.now(clock).plusWeeks(2), currentUser.actorName(), clock.instant())).id();
        audit.record("CASE_OPENED", RECORD_TYPE, id, "For resident " + residentId + ", led by " + leadWorker);
        return files.load(id);
    }

    /** The case, if the user may see it; the reading is audited. */
    @PreAuthorize(CASE_PEOPLE)
    public CaseFile view(long id) {
        CaseFile file = files.load(id);
        audit.record("CASE_VIEWED", RECORD_TYPE, id, "Opened the case");
        return file;
    }

    @PreAuthorize(CASE_PEOPLE)
    public CaseFile addGoal(long caseId, String text) {
        requireOpen(caseId);
        if (text == null || text.isBlank() || text.length() > 500) {
            throw InvalidInputException.of("goal", "Write the goal in the resident's words (up to 500 characters)");
        }
        store.addGoal(caseId, text.trim(), currentUser.actorName(), clock.instant());
        audit.record("CASE_GOAL_ADDED", RECORD_TYPE, caseId, "Added a goal");
        return files.load(caseId);
    }

    /** Adds an action; a volunteer action makes a task for the hub, a partner action sends a referral. */
    @PreAuthorize(CASE_PEOPLE)
    public CaseFile addAction(long caseId, ActionInput input) {
        CaseFile file = requireOpen(caseId);
        if (input.description() == null || input.description().isBlank()) {
            throw InvalidInputException.of("description", "Say what is to be done");
        }
        if (input.owner() == null) {
            throw InvalidInputException.of("owner", "Choose who does it");
        }
        Long taskId = null;
        Long referralId = null;
        String ownerName = input.ownerName();
        if (input.owner() == ActionInput.Owner.VOLUNTEER) {
            requireNeedOfCase(file, input.needId());
            TaskSummary task = tasks.createTask(input.needId(), input.taskType(), input.taskDue(), input.description());
            taskId = task.id();
            ownerName = "Volunteer (" + task.type().label() + ")";
        } else if (input.owner() == ActionInput.Owner.PARTNER) {
            requireNeedOfCase(file, input.needId());
            if (input.serviceId() == null) {
                throw InvalidInputException.of("service", "Choose the partner's service");
            }
            ReferralSummary referral = referrals.refer(input.needId(), input.serviceId(), input.description());
            referralId = referral.id();
            ownerName = referral.organisationName();
        }
        actions.save(CaseAction.plan(caseId, input.goalId(), input.description().trim(), input.owner(), ownerName,
                input.dueDate(), taskId, referralId, clock.instant()));
        audit.record("CASE_ACTION_ADDED", RECORD_TYPE, caseId, "Added an action for " + input.owner().label());
        return files.load(caseId);
    }

    /** Marks an action of the hub team or the resident done (or dropped); linked actions follow their task or referral. */
    @PreAuthorize(CASE_PEOPLE)
    public CaseFile setActionStatus(long actionId, String status) {
        CaseAction action = actions.findById(actionId).orElseThrow(() -> InvalidInputException.of("action",
                "No such action"));
        requireOpen(action.caseId());
        action.moveTo(status, clock.instant());
        actions.save(action);
        audit.record("CASE_ACTION_" + status, RECORD_TYPE, action.caseId(), "Action " + actionId);
        return files.load(action.caseId());
    }

    @PreAuthorize(CASE_PEOPLE)
    public CaseFile addNote(long caseId, String text) {
        files.load(caseId);
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw InvalidInputException.of("note", "Write the note (up to 2,000 characters)");
        }
        store.addNote(caseId, text.trim(), currentUser.actorName(), clock.instant());
        audit.record("CASE_NOTE_ADDED", RECORD_TYPE, caseId, "Added a note");
        return files.load(caseId);
    }

    @PreAuthorize(CASE_PEOPLE)
    public CaseFile setReview(long caseId, LocalDate review) {
        files.load(caseId);
        HouseholdCase file = load(caseId);
        file.reviewOn(review, LocalDate.now(clock));
        cases.save(file);
        audit.record("CASE_REVIEW_SET", RECORD_TYPE, caseId, "Next review " + review);
        return files.load(caseId);
    }

    /** Closes the case with its outcome; refused, saying so, if someone changed it meanwhile. */
    @PreAuthorize(CASE_PEOPLE)
    public CaseFile close(CaseFile opened, String outcome) {
        files.load(opened.id());
        HouseholdCase file = load(opened.id());
        file.close(opened.version(), outcome, clock.instant());
        cases.save(file);
        audit.record("CASE_CLOSED", RECORD_TYPE, opened.id(), "Closed with an outcome");
        return files.load(opened.id());
    }

    @PreAuthorize(CASE_PEOPLE)
    public CaseFile reopen(CaseFile opened) {
        files.load(opened.id());
        HouseholdCase file = load(opened.id());
        file.reopen(opened.version());
        cases.save(file);
        audit.record("CASE_REOPENED", RECORD_TYPE, opened.id(), "Reopened");
        return files.load(opened.id());
    }

    /** The open needs of the people in the case, to make tasks and referrals from. */
    @PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'CALL_HANDLER')")
    @Transactional(readOnly = true)
    public List<NeedSummary> openNeeds(long caseId) {
        CaseFile file = files.load(caseId);
        List<Long> people = new ArrayList<>(file.members().stream().map(CaseFile.Member::residentId).toList());
        people.add(file.residentId());
        return people.stream().flatMap(id -> intake.history(id).requests().stream())
                .flatMap(r -> r.needs().stream()).filter(n -> n.status().open()).toList();
    }

    /** The services a need could be referred to (its pathway first). */
    @PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'CALL_HANDLER')")
    @Transactional(readOnly = true)
    public List<PathwayOption> serviceOptions(long needId) {
        return referrals.options(needId);
    }

    /** The signed-in lead worker's cases: reviews due and actions overdue first. */
    @PreAuthorize(CASE_PEOPLE)
    @Transactional(readOnly = true)
    public List<CaseSummary> myCases() {
        LocalDate today = LocalDate.now(clock);
        List<CaseSummary> mine = new ArrayList<>();
        for (CaseStore.CaseRow row : store.ofLead(currentUser.actorName())) {
            List<CaseFile.Action> actions = files.withProgress(store.actions(row.id()));
            int overdue = (int) actions.stream().filter(a -> !a.finished() && a.dueDate() != null
                    && a.dueDate().isBefore(today)).count();
            int open = (int) actions.stream().filter(a -> !a.finished()).count();
            boolean reviewDue = "OPEN".equals(row.status()) && row.nextReview() != null
                    && !row.nextReview().isAfter(today);
            mine.add(new CaseSummary(row.id(), residentFacts.summaries(List.of(row.residentId())).get(row.residentId())
                    .name(), row.status(), row.nextReview(), reviewDue, overdue, open));
        }
        mine.sort(Comparator.comparing((CaseSummary c) -> !"OPEN".equals(c.status()))
                .thenComparing(c -> !c.reviewDue()).thenComparing(c -> -c.actionsOverdue()));
        return mine;
    }

    /** Cases of a resident the user may see (for the resident's page); none for others. */
    @PreAuthorize(CASE_PEOPLE)
    @Transactional(readOnly = true)
    public List<CaseFile> casesOfResident(long residentId) {
        return store.ofResident(residentId).stream().filter(files::maySee).map(r -> files.load(r.id())).toList();
    }

    private HouseholdCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> InvalidInputException.of("case", "No such case"));
    }

    private CaseFile requireOpen(long caseId) {
        CaseFile file = files.load(caseId);
        if (!file.open()) {
            throw InvalidInputException.of("case", "This case is closed: reopen it first");
        }
        return file;
    }

    private void requireNeedOfCase(CaseFile file, Long needId) {
        if (needId == null) {
            throw InvalidInputException.of("need", "Choose the need this action is for");
        }
        long owner = needs.need(needId).residentId();
        if (owner != file.residentId() && file.members().stream().noneMatch(m -> m.residentId() == owner)) {
            throw InvalidInputException.of("need", "Choose a need of someone in this case");
        }
    }
}
