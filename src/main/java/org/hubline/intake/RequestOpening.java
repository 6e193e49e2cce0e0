package org.hubline.intake;

import static org.hubline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hubline.audit.AuditTrail;
import org.hubline.places.Route;
import org.hubline.residents.Placement;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentRecord;
import org.hubline.shared.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a help request for a checked call: the request with its priority and due time, each
 * need routed, the audit entries, and {@link HelpRequested} for the modules that follow demand.
 * The phone and web-form paths both come here once their own checks have passed.
 */
@Component
class RequestOpening {

    /** The request that was opened, and its needs as stored. */
    record Opened(long requestId, List<NeedSummary> needs) {
    }

    private final IntakeStore store;
    private final HelpRequestRepository requests;
    /** The reason an out-of-area caller's needs are closed with. */
    static final String SIGNPOSTED = "Out of area: signposted to their own council";

    private final NeedRepository needs;
    private final SlaSettings sla;
    private final ResidentFacts facts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NeedStatusChange statusChange;

    RequestOpening(IntakeStore store, HelpRequestRepository requests, NeedRepository needs, SlaSettings sla,
            ResidentFacts facts, AuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, NeedStatusChange statusChange) {
        this.statusChange = statusChange;
        this.store = store;
        this.requests = requests;
        this.needs = needs;
        this.sla = sla;
        this.facts = facts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    Opened open(LogCall command, CallChecks.CheckedCall checked, ResidentRecord resident, Route route,
            Placement placement) {
        Instant now = clock.instant();
        HelpRequest request = requests.save(HelpRequest.open(resident.id(), command.call().channel(),
                command.supportNow(), new HelpRequest.Triaged(checked.priority(), checked.triage().priority(),
                        checked.triage().reasonsText(), checked.overridden() ? command.overrideReason().trim() : null,
                        sla.dueAt(checked.priority(), now, clock.getZone())),
                command.callbackNeeded(), command.call().outcome() == CallOutcome.SPOKE_RESCHEDULED
                        ? command.call().callBackAt() : null, currentUser.actorName(), now));
        long requestId = request.id();
        List<HelpRequested.RoutedNeed> routed = addNeeds(requestId, command, checked, route, placement, now);
        auditOpening(requestId, command, checked, route);
        int[] recent = store.recentDemand(facts.sameResidentIds(resident.id()),
                now.minus(Duration.ofDays(HelpRequested.WINDOW_DAYS)));
        events.publishEvent(new HelpRequested(requestId, resident.id(), command.call().channel(), checked.priority(),
                now, routed, new HelpRequested.Caller(recent[0], recent[1], resident.details().vulnerabilities()
                        .stream().map(Enum::name).collect(Collectors.toSet()))));
        if (command.routing().outOfArea()) {
            signposted(requestId);
        }
        return new Opened(requestId, store.request(requestId).orElseThrow().needs());
    }

    /**
     * A caller outside the borough is signposted to their own council: their needs are counted as
     * asked (demand from outside is worth knowing) and closed at once, so no hub waits on them.
     */
    private void signposted(long requestId) {
        store.request(requestId).orElseThrow().needs().forEach(need -> statusChange.apply(need.id(),
                NeedStatus.CLOSED, SIGNPOSTED, currentUser.actorName()));
    }

    private List<HelpRequested.RoutedNeed> addNeeds(long requestId, LogCall command, CallChecks.CheckedCall checked,
            Route route, Placement placement, Instant now) {
        Need.NeedRouting routing = new Need.NeedRouting(placement.wardCode(), placement.hubId(),
                command.routing().outOfArea() ? "OUT_OF_AREA_RECORDED" : !route.hasHub()
                        && command.routing().routeLater() ? "ROUTE_LATER" : route.status().name(), route.reason(), now);
        List<HelpRequested.RoutedNeed> routed = new ArrayList<>();
        List<Need> added = new ArrayList<>();
        int position = 0;
        for (NeedInput input : command.needs()) {
            NeedType type = checked.types().get(input.needTypeId());
            added.add(Need.of(requestId, position++, type, input.whenNeeded(), blankToNull(input.detail()), routing));
            routed.add(new HelpRequested.RoutedNeed(type.id(), type.categoryCode(), placement.wardCode(),
                    placement.hubId(), routing.routeStatus()));
        }
        needs.saveAll(added);
        return routed;
    }

    private void auditOpening(long requestId, LogCall command, CallChecks.CheckedCall checked, Route route) {
        int count = command.needs().size();
        audit.record("CALL_LOGGED", CallIntake.RECORD_TYPE, requestId, checked.priority() + ", " + count
                + (count == 1 ? " need → " : " needs → ")
                + (route.hasHub() ? route.hub().name() : "no hub (" + route.status() + ")"));
        if (checked.overridden()) {
            audit.record("PRIORITY_OVERRIDDEN", CallIntake.RECORD_TYPE, requestId, checked.triage().priority()
                    + " → " + checked.priority() + " (reason kept on the request)");
        }
    }
}
