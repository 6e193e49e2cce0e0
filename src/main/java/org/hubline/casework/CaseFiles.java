package org.hubline.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.residents.ResidentFacts;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.TaskStatus;
import org.hubline.volunteers.TaskSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Case files as the signed-in user may read them: the lead worker, the hub's coordinators and
 * admins; actions made as tasks or referrals show how those are going.
 */
@Component
class CaseFiles {

    private final CaseStore store;
    private final ResidentFacts residentFacts;
    private final HubTasks tasks;
    private final Referrals referrals;
    private final CurrentUser currentUser;

    CaseFiles(CaseStore store, ResidentFacts residentFacts, HubTasks tasks, Referrals referrals,
            CurrentUser currentUser) {
        this.store = store;
        this.residentFacts = residentFacts;
        this.tasks = tasks;
        this.referrals = referrals;
        this.currentUser = currentUser;
    }

    CaseFile load(long id) {
        CaseStore.CaseRow row = store.row(id).orElseThrow(() -> InvalidInputException.of("case", "No such case"));
        if (!maySee(row)) {
            throw new AccessDeniedException("Only the lead worker, the hub's coordinators and admins see this case.");
        }
        List<Long> memberIds = store.members(id);
        List<Long> everyone = new ArrayList<>(memberIds);
        everyone.add(row.residentId());
        var names = residentFacts.summaries(everyone);
        // An admin who oversees cases, and does not work this one, sees who and where, not what is being done.
        boolean works = worksOn(row);
        return new CaseFile(row.id(), row.residentId(), names.get(row.residentId()).name(), row.hubId(),
                row.leadWorker(), row.status(), works ? row.reason() : null, works ? row.outcome() : null,
                row.nextReview(), row.openedBy(), row.openedAt(), row.closedAt(),
                memberIds.stream().map(m -> new CaseFile.Member(m, names.get(m).name())).toList(), store.people(id),
                works ? store.goals(id) : List.of(), works ? withProgress(store.actions(id)) : List.of(),
                works ? store.notes(id) : List.of(), row.version());
    }

    /** Linked actions take their status from the volunteer task or referral they were made as. */
    List<CaseFile.Action> withProgress(List<CaseFile.Action> actions) {
        return actions.stream().map(a -> {
            if (a.taskId() != null && canReadTasks()) {
                TaskSummary t = tasks.task(a.taskId());
                String status = t.status() == TaskStatus.DONE ? "DONE" : t.status() == TaskStatus.NOT_COMPLETED
                        ? "DROPPED" : t.status() == TaskStatus.OPEN ? "TO_DO" : "IN_PROGRESS";
                return new CaseFile.Action(a.id(), a.goalId(), a.description(), a.ownerType(), a.ownerName(),
                        a.dueDate(), status, a.taskId(), null, "Task: " + t.status().label()
                                + (t.volunteerName() == null ? "" : " · " + t.volunteerName()));
            }
            if (a.referralId() != null && !currentUser.require().hasRole(Role.ADMIN)) {
                ReferralSummary r = referrals.referral(a.referralId());
                String status = r.status() == ReferralStatus.COMPLETED ? "DONE" : r.status().open() ? "IN_PROGRESS"
                        : "DROPPED";
                return new CaseFile.Action(a.id(), a.goalId(), a.description(), a.ownerType(), a.ownerName(),
                        a.dueDate(), status, null, a.referralId(), "Referral " + r.reference() + ": "
                                + r.status().label());
            }
            return a;
        }).collect(Collectors.toList());
    }

    private boolean canReadTasks() {
        return currentUser.require().hasRole(Role.HUB_COORDINATOR);
    }

    boolean maySee(CaseStore.CaseRow row) {
        return currentUser.require().hasRole(Role.ADMIN) || worksOn(row);
    }

    /** The lead worker, or a coordinator of the case's hub: who reads its reason, goals, actions and notes. */
    private boolean worksOn(CaseStore.CaseRow row) {
        SignedInUser user = currentUser.require();
        return user.getUsername().equals(row.leadWorker())
                || user.hasRole(Role.HUB_COORDINATOR) && currentUser.hubScope().includes(row.hubId());
    }
}
