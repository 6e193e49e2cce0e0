package org.hubline.intake;


import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Route;
import org.hubline.places.Routing;
import org.hubline.places.Ward;
import org.hubline.residents.Duplicates;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.Placement;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call handler's job: log a call for a new or returning resident with its needs, triaged
 * (priority with reasons, overridable with a reason) and routed to a hub through places; log
 * callback attempts; read a resident's requests. (Requests from the online form come through
 * {@link WebFormRequests}.) Call handlers and coordinators log calls;
 * coordinators see only their hubs' requests. A call is first checked whole ({@link CallChecks}),
 * then routed ({@link CallRoutes}) and its request opened ({@link RequestOpening}).
 */
@Service
@Transactional
public class CallIntake {

    static final String LOGS_CALLS = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR')";
    static final String RECORD_TYPE = "HELP_REQUEST";

    private final Residents residents;
    private final Duplicates duplicates;
    private final CallChecks checks;
    private final CallFollowUps followUps;
    private final CallRoutes routes;
    private final RequestOpening opening;
    private final RequestHistory histories;
    private final Routing routing;
    private final HubDirectory hubs;
    private final IntakeStore store;
    private final CallDraftStore drafts;
    private final HelpRequestRepository requests;
    private final SlaSettings sla;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CallIntake(Residents residents, Duplicates duplicates, CallChecks checks, CallFollowUps followUps, CallRoutes routes,
            RequestOpening opening, RequestHistory histories, Routing routing, HubDirectory hubs,
            IntakeStore store, CallDraftStore drafts, HelpRequestRepository requests, SlaSettings sla, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.residents = residents;
        this.duplicates = duplicates;
        this.checks = checks;
        this.followUps = followUps;
        this.routes = routes;
        this.opening = opening;
        this.histories = histories;
        this.routing = routing;
        this.hubs = hubs;
        this.store = store;
        this.drafts = drafts;
        this.requests = requests;
        this.sla = sla;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the call would do if saved now: priority with reasons, and the routing. Saves nothing. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public CallPreview preview(ResidentDetails resident, RoutingChoice choice, List<NeedInput> needs,
            SupportNow supportNow) {
        Route route = routes.preview(resident == null ? null : resident.postcode(), choice);
        return new CallPreview(checks.triage(resident, needs, supportNow, checks.types()), route);
    }

    /**
     * Logs the call: adds or updates the resident (a stale update is refused), routes, triages,
     * records the request with its needs and the call, and clears the user's draft. Every problem
     * is reported at once, keyed by field; nothing is saved unless everything is.
     */
    @PreAuthorize(LOGS_CALLS)
    public LoggedCall logCall(LogCall command) {
        CallChecks.CheckedCall checked = checks.check(command);
        Route route = routes.route(checked.details().postcode(), command.routing());
        requireOwner(command, route);
        Placement placement = CallRoutes.placement(route);
        ResidentRecord resident = command.existing() == null ? addResident(command, checked, placement)
                : changed(command.existing(), checked.details(), placement)
                        ? residents.update(command.existing(), checked.details(), placement) : command.existing();
        RequestOpening.Opened opened = command.needs().isEmpty() ? null
                : opening.open(command, checked, resident, route, placement);
        Long requestId = opened == null ? command.followUp().continuesRequestId() : opened.requestId();
        String by = currentUser.actorName();
        long callId = store.insertCall(resident.id(), requestId, command.call(), onBehalfPhone(command.call()),
                clock.instant(), by);
        followUps.closeCallbacks(command.followUp(), callId, clock.instant());
        drafts.deleteDraft(by);
        if (opened == null) {
            audit.record("CALL_LOGGED", "RESIDENT", resident.id(), command.call().outcome().label());
        }
        return new LoggedCall(resident.id(), requestId, callId, checked.triage(), route,
                opened == null ? List.of() : opened.needs());
    }

    /** Needs go to a hub, or the handler chose to record the caller as out of area or to route them later. */
    private static void requireOwner(LogCall command, Route route) {
        if (!command.needs().isEmpty() && !route.hasHub() && !command.routing().outOfArea()
                && !command.routing().routeLater()) {
            throw InvalidInputException.of("owner", "No hub would have these needs: choose the resident's ward, "
                    + "record them as out of area, or choose to route them later");
        }
    }

    /** Logs a call back to a resident about a request: spoke to them (done) or another attempt. */
    @PreAuthorize(LOGS_CALLS)
    public CallRecord logCallback(long requestId, CallDetails call) {
        HelpRequestSummary request = request(requestId);
        Validation.throwIfAny(checks.callDetails(call));
        Instant now = clock.instant();
        long callId = store.insertCall(request.residentId(), requestId, call, onBehalfPhone(call), now,
                currentUser.actorName());
        if (request.callbackNeeded() && call.outcome().contact()) {
            HelpRequest calledBack = requests.findById(requestId).orElseThrow();
            calledBack.calledBack(call.outcome() == CallOutcome.SPOKE_RESCHEDULED ? call.callBackAt() : null, now);
            requests.save(calledBack);
        }
        audit.record("CALLBACK_LOGGED", RECORD_TYPE, requestId, call.outcome().label());
        return store.callsOf(Set.of(request.residentId())).stream().filter(c -> c.id() == callId).findFirst()
                .orElseThrow();
    }

    /** One request with its needs, if the user may see it. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public HelpRequestSummary request(long id) {
        return histories.request(id);
    }

    /**
     * The resident's requests and calls, including those of residents merged into them; a
     * coordinator sees only the requests with needs routed to their hubs.
     */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public ResidentHistory history(long residentId) {
        return histories.of(residentId);
    }

    /**
     * Changes the priority, with a reason kept on the request; audited without the reason, which may
     * be about the person. A stale change is refused.
     */
    @PreAuthorize(LOGS_CALLS)
    public HelpRequestSummary overridePriority(HelpRequestSummary opened, Priority priority, String reason) {
        HelpRequestSummary current = request(opened.id());
        if (priority == null) {
            throw InvalidInputException.of("priority", "Choose the priority");
        }
        if (priority == current.priority() && current.version() == opened.version()) {
            throw InvalidInputException.of("priority", "It is " + priority.name() + " already: choose another");
        }
        HelpRequest request = requests.findById(opened.id()).orElseThrow();
        Priority before = request.priority();
        request.overridePriority(opened.version(), priority, reason,
                sla.dueAt(priority, request.createdAt(), clock.getZone()), clock.instant());
        requests.save(request);
        audit.record("PRIORITY_OVERRIDDEN", RECORD_TYPE, opened.id(), before + " → " + priority
                + " (reason kept on the request)");
        return request(opened.id());
    }

    /** Residents who may be the caller, from what has been typed so far. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<ResidentMatch> findResidents(MatchQuery query) {
        return residents.findMatches(query, 5);
    }

    /** A resident to attach the call to, as they are now: opening their details is audited. */
    @PreAuthorize(LOGS_CALLS)
    public ResidentRecord resident(long id) {
        return residents.view(id, ReadPurpose.ATTACHING_TO_CALL);
    }

    /** Wards matching what the handler types, when the postcode does not settle routing. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<Ward> wardChoices(String text) {
        return routing.wardChoices(text);
    }

    /** Active hubs, for sending a need to a hub by hand. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<Hub> hubChoices() {
        return hubs.hubs().stream().filter(Hub::active).toList();
    }

    private ResidentRecord addResident(LogCall command, CallChecks.CheckedCall checked, Placement placement) {
        ResidentRecord resident = residents.create(checked.details(), placement);
        if (command.keptApartFrom() != null) {
            duplicates.raiseForReview(resident.id(), command.keptApartFrom());
        }
        return resident;
    }

    private static String onBehalfPhone(CallDetails call) {
        return call.onBehalf() == null ? null
                : PhoneNumber.parseAnywhere(call.onBehalf().phone()).map(PhoneNumber::digits).orElse(null);
    }

    /**
     * Whether the call changes the resident. A returning caller whose details are as opened is
     * not rewritten, so nothing anyone else changed meanwhile can be lost; a change made on a stale
     * copy is refused by {@link Residents#update}.
     */
    private static boolean changed(ResidentRecord existing, ResidentDetails details, Placement placement) {
        return !existing.details().equals(details) || !Objects.equals(existing.wardCode(), placement.wardCode())
                || !Objects.equals(existing.hubId(), placement.hubId());
    }
}
