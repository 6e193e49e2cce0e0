package org.hubline.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.audit.ReadPurpose;
import org.hubline.residents.ResidentContact;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentSummary;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open needs routed to a hub, for its coordinators: most urgent first, then by due time.
 * A coordinator sees only their own hubs' needs.
 */
@Service
@Transactional(readOnly = true)
public class HubNeeds {

    static final String COORDINATES = "hasRole('HUB_COORDINATOR')";

    private final IntakeStore store;
    private final DemandSignalsStore signals;
    private final ResidentFacts residents;
    private final CurrentUser currentUser;
    private final RequestAccess access;

    HubNeeds(IntakeStore store, DemandSignalsStore signals, ResidentFacts residents, CurrentUser currentUser, RequestAccess access) {
        this.store = store;
        this.signals = signals;
        this.residents = residents;
        this.currentUser = currentUser;
        this.access = access;
    }

    /**
     * Open needs per hub now and how many are past due, optionally for one ward and one need
     * category: counts only, for the insight dashboards, of the hubs whose figures the user may see.
     */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'ADMIN', 'HUB_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<HubBacklog> backlog(Instant now, String wardCode, String categoryCode) {
        HubScope scope = currentUser.aggregateScope();
        return store.backlog(now, wardCode, categoryCode).stream().filter(b -> scope.includes(b.hubId())).toList();
    }

    @PreAuthorize(COORDINATES)
    public List<HubNeed> openNeeds(long hubId) {
        currentUser.hubScope().require(hubId);
        List<HubNeed> open = withContacts(store.openNeedsOfHub(hubId));
        residents.recordReads(open.stream().map(HubNeed::residentId).distinct().toList(), ReadPurpose.WORK_LIST);
        return open;
    }

    /**
     * One need, for work on it (tasks, referrals): call handlers see any need, coordinators the
     * needs routed to their hubs.
     */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public HubNeed need(long needId) {
        HubNeed need = store.hubNeed(needId).orElseThrow(() -> InvalidInputException.of("need", "No such need"));
        if (!access.scope().all()) {
            if (need.hubId() == 0) {
                throw InvalidInputException.of("need", "This need has not been routed to a hub yet");
            }
            access.scope().require(need.hubId());
        }
        return withContacts(List.of(need)).get(0);
    }

    /**
     * Demand signals of the residents with needs routed to the hub, over the window (from
     * {@code since} to now): only those with a call or need in it, a need category not met
     * {@code notMetTimes} times or more, or a late P1.
     */
    @PreAuthorize(COORDINATES)
    public List<ResidentSignals> signals(long hubId, Instant since, Instant now,
            int notMetTimes) {
        currentUser.hubScope().require(hubId);
        List<ResidentSignals> raw = signals.signals(hubId, since, now, notMetTimes);
        List<Long> ids = raw.stream().map(ResidentSignals::residentId).toList();
        Map<Long, ResidentSummary> people = residents.summaries(ids);
        Set<Long> vulnerable = residents.vulnerableAmong(ids);
        return raw.stream().map(s -> new ResidentSignals(s.residentId(), s.hubId(),
                people.get(s.residentId()).name(), s.callsInWindow(), s.firstCallInWindow(), s.lastCallInWindow(),
                s.categoriesInWindow(), s.categoriesNotMetRepeatedly(), s.p1OpenPastDue(),
                vulnerable.contains(s.residentId()))).toList();
    }

    private List<HubNeed> withContacts(List<HubNeed> needs) {
        Map<Long, ResidentContact> contacts = residents.contacts(needs.stream().map(HubNeed::residentId).toList());
        return needs.stream().map(n -> {
            ResidentContact c = contacts.get(n.residentId());
            return new HubNeed(n.needId(), n.requestId(), n.hubId(), n.wardCode(), n.categoryCode(), n.category(),
                    n.type(),
                    n.whenNeeded(), n.detail(), n.status(), n.priority(), n.reasons(), n.dueAt(), n.residentId(),
                    c == null ? null : c.firstName(), c == null ? null : c.street(), c == null ? null : c.postcode(),
                    c == null ? "" : c.support());
        }).toList();
    }
}
