package org.hubline.volunteers;

import java.util.List;

import org.hubline.intake.HubNeed;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.UnroutedNeeds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator's day starts from, as intake knows it: the open needs routed to their hub,
 * and how many needs no hub has yet. (Tasks and volunteers are {@link HubTasks} and
 * {@link VolunteerRoster}.)
 */
@Service
@Transactional(readOnly = true)
public class HubToday {

    private final HubNeeds needs;
    private final UnroutedNeeds unrouted;

    HubToday(HubNeeds needs, UnroutedNeeds unrouted) {
        this.needs = needs;
        this.unrouted = unrouted;
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
}
