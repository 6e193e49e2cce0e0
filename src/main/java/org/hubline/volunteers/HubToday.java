package org.hubline.volunteers;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.hubline.intake.CallbackClosing;
import org.hubline.intake.CallbackItem;
import org.hubline.intake.HubNeed;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.UnreachableCallbacks;
import org.hubline.intake.UnroutedNeeds;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator's day starts from, as intake knows it: the open needs routed to their hub,
 * how many needs no hub has yet, and the callbacks nobody got through on, settled here by a
 * volunteer's doorstep check, a letter or closing. (Tasks and volunteers are {@link HubTasks} and
 * {@link VolunteerRoster}.)
 */
@Service
@Transactional(readOnly = true)
public class HubToday {

    /** How soon a doorstep check is due: the same day. */
    static final Duration DOORSTEP_WITHIN = Duration.ofHours(4);

    private final HubNeeds needs;
    private final UnroutedNeeds unrouted;
    private final UnreachableCallbacks unreachable;
    private final HubTasks tasks;
    private final Clock clock;

    HubToday(HubNeeds needs, UnroutedNeeds unrouted, UnreachableCallbacks unreachable, HubTasks tasks, Clock clock) {
        this.needs = needs;
        this.unrouted = unrouted;
        this.unreachable = unreachable;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The hub's open needs, most urgent first; only for the hub's coordinators. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public List<HubNeed> openNeeds(long hubId) {
        return needs.openNeeds(hubId);
    }

    /** How many open needs wait for a hub, across the borough. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public int needsWithoutHub() {
        return unrouted.count();
    }

    /** The hub's callbacks tried the set number of times without reaching the resident. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public List<CallbackItem> unreachableCallbacks(long hubId) {
        return unreachable.forHub(hubId);
    }

    /** How many tries put a callback here. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    public int attemptsBeforeCoordinator() {
        return unreachable.attemptsBeforeCoordinator();
    }

    /**
     * A volunteer knocks on the door instead: a doorstep check task for the request's open need in
     * the hub, due within hours, and the callback settled as that.
     */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional
    public TaskSummary doorstepCheck(long hubId, CallbackItem item) {
        HubNeed need = needs.openNeeds(hubId).stream().filter(n -> n.requestId() == item.requestId()).findFirst()
                .orElseThrow(() -> InvalidInputException.of("closing", "This request has no open need in your hub "
                        + "to send a volunteer for: send a letter, or close the callback"));
        TaskSummary task = tasks.createTask(need.needId(), TaskType.DOORSTEP_CHECK,
                clock.instant().plus(DOORSTEP_WITHIN), "Doorstep check: the helpline could not reach them by "
                        + "phone. Check they are safe and have what they need; ask them to ring the helpline.");
        unreachable.settle(item, CallbackClosing.DOORSTEP_CHECK);
        return task;
    }

    /** Settles the callback by a letter sent, or by closing it. */
    @PreAuthorize(VolunteerRoster.COORDINATES)
    @Transactional
    public void settleCallback(CallbackItem item, CallbackClosing how) {
        if (how == CallbackClosing.DOORSTEP_CHECK) {
            throw InvalidInputException.of("closing", "A doorstep check is made as a volunteer task");
        }
        unreachable.settle(item, how);
    }
}
