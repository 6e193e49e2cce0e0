package org.hubline.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.places.HubDirectory;
import org.hubline.places.Route;
import org.hubline.places.Routing;
import org.hubline.residents.Placement;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call handler's job: log a call for a new or returning resident with its needs, triaged
 * (priority with reasons, overridable with a reason) and routed to a hub through places; log
 * callback attempts; work the callback queue; read a resident's history. Call handlers and
 * coordinators log calls; coordinators see only their hubs' requests.
 */
@Service
@Transactional
public class CallIntake {

    static final String LOGS_CALLS = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR')";
    static final String RECORD_TYPE = "HELP_REQUEST";

    private final Residents residents;
    private final NeedStatusChange statusChange;
    private final Routing routing;
    private final HubDirectory hubs;
    private final NeedTaxonomy taxonomy;
    private final IntakeStore store;
    private final RequestAccess access;
    private final SlaSettings sla;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<NeedNotes> needNotes;
    private final org.springframework.beans.factory.ObjectProvider<ResidentPanels> residentPanels;
    private final Clock clock;

    /** Notes and panels come from modules that build on intake, so they are looked up when a page is opened. */
    CallIntake(org.springframework.beans.factory.ObjectProvider<NeedNotes> needNotes,
            org.springframework.beans.factory.ObjectProvider<ResidentPanels> residentPanels,
            Residents residents, Routing routing, HubDirectory hubs, NeedTaxonomy taxonomy, IntakeStore store,
            RequestAccess access, SlaSettings sla, Validation validation, AuditTrail audit, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, NeedStatusChange statusChange) {
        this.statusChange = statusChange;
        this.residents = residents;
        this.routing = routing;
        this.hubs = hubs;
        this.taxonomy = taxonomy;
        this.store = store;
        this.access = access;
        this.sla = sla;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.needNotes = needNotes;
        this.residentPanels = residentPanels;
        this.clock = clock;
    }

    /** What the call would do if saved now: priority with reasons, and the routing. Saves nothing. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public CallPreview preview(ResidentDetails resident, RoutingChoice choice, List<NeedInput> needs,
            SupportNow supportNow) {
        Route route = previewRoute(resident == null ? null : resident.postcode(), choice);
        return new CallPreview(triage(resident, needs, supportNow, taxonomy.typesById()), route);
    }

    /**
     * Logs the call: adds or updates the resident (a stale update is refused), routes, triages,
     * records the request with its needs and the call, and clears the user's draft. Every problem
     * is reported at once, keyed by field; nothing is saved unless everything is.
     */
    @PreAuthorize(LOGS_CALLS)
    public LoggedCall logCall(LogCall command) {
        return record(command, true, true);
    }

    /**
     * A request from the council's online "ask for help" form: validated like a call, matched to
     * a returning resident only when the match is likely (their record is not changed from the
     * form; a possible match goes to coordinators' review), triaged, routed, and put in the
     * callback queue so a handler calls them back.
     */
    @PreAuthorize("hasRole('WEB_FORM')")
    public WebFormReceipt submitWebForm(WebFormSubmission form) {
        Map<String, String> errors = validation.violations(form);
        Validation.throwIfAny(errors);
        ResidentDetails details = form.residentDetails();
        List<org.hubline.residents.ResidentMatch> matches = residents.findMatches(
                org.hubline.residents.MatchQuery.of(details), 1);
        org.hubline.residents.ResidentMatch top = matches.isEmpty() ? null : matches.get(0);
        ResidentRecord existing = top != null && top.strength() == org.hubline.residents.ResidentMatch.Strength.LIKELY
                ? residents.getForWebForm(top.residentId()) : null;
        LogCall command = new LogCall(existing, details, RoutingChoice.byPostcode(), form.needInputs(),
                form.supportNow() == null ? SupportNow.NONE : form.supportNow(), null, null, true,
                new CallDetails(Direction.INBOUND, Channel.WEB_FORM, form.onBehalfOf(), CallOutcome.SPOKE_COMPLETE,
                        form.message()), existing == null ? top : null);
        LoggedCall logged = record(command, false, false);
        return new WebFormReceipt("HR-" + logged.requestId(), logged.triage().priority(),
                "Thank you. Your request has reached Oldham's helpline. We will call you back "
                        + switch (logged.triage().priority()) {
                            case P1 -> "today.";
                            case P2 -> "within two days.";
                            case P3 -> "within five working days.";
                        });
    }

    private LoggedCall record(LogCall command, boolean updateExisting, boolean asCall) {
        Map<Long, NeedType> types = taxonomy.typesById();
        Map<String, String> errors = checkCall(command.call());
        ResidentDetails details = null;
        try {
            details = residents.check(command.resident());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        if (command.needs().isEmpty() && command.call() != null && command.call().outcome() != CallOutcome.SPOKE_REFUSED
                && command.call().direction() == Direction.INBOUND) {
            errors.putIfAbsent("needs", "Add at least one need (Alt+N), or record that they refused help");
        }
        for (NeedInput need : command.needs()) {
            if (need.needTypeId() == null) {
                errors.putIfAbsent("needs", "Choose what each need is");
            } else if (!types.containsKey(need.needTypeId())) {
                errors.putIfAbsent("needs", "Choose each need from the list");
            } else {
                NeedType type = types.get(need.needTypeId());
                if (type.asksWhenNeeded() && need.whenNeeded() == null) {
                    errors.putIfAbsent("needs", "Say when the " + type.name().toLowerCase() + " is needed");
                }
            }
        }
        if (command.supportNow() == null) {
            errors.putIfAbsent("supportNow", "Say who supports them now");
        }
        Triage.Result triage = errors.isEmpty() ? triage(details, command.needs(), command.supportNow(), types) : null;
        if (command.priorityOverride() != null && triage != null && command.priorityOverride() != triage.priority()
                && isBlank(command.overrideReason())) {
            errors.putIfAbsent("overrideReason", "Say why the priority is different from " + triage.priority());
        }
        RoutingChoice choice = command.routing();
        if (choice.hubId() != null && isBlank(choice.reason())) {
            errors.putIfAbsent("routing", "Say why this goes to a hub by hand");
        }
        Validation.throwIfAny(errors);

        Route route = route(details.postcode(), choice);
        Placement placement = new Placement(route.ward() == null ? null : route.ward().code(),
                route.hub() == null ? null : route.hub().id());
        ResidentRecord resident = command.existing() == null ? residents.create(details, placement)
                : updateExisting && changed(command.existing(), details, placement)
                        ? residents.update(command.existing(), details, placement) : command.existing();
        if (command.existing() == null && command.keptApartFrom() != null) {
            residents.raiseForReview(resident.id(), command.keptApartFrom());
        }

        Instant now = clock.instant();
        String by = currentUser.actorName();
        Priority priority = command.priorityOverride() == null ? triage.priority() : command.priorityOverride();
        boolean overridden = priority != triage.priority();
        Long requestId = null;
        List<HelpRequested.RoutedNeed> routed = new ArrayList<>();
        if (!command.needs().isEmpty()) {
            requestId = store.insertRequest(new IntakeStore.NewRequest(resident.id(), command.call().channel(),
                    command.supportNow(), priority, triage.priority(), triage.reasonsText(),
                    overridden ? command.overrideReason().trim() : null, sla.dueAt(priority, now, clock.getZone()),
                    command.callbackNeeded(), now, by));
            int position = 0;
            for (NeedInput need : command.needs()) {
                NeedType type = types.get(need.needTypeId());
                store.insertNeed(requestId, new IntakeStore.NewNeed(position++, type.id(),
                        type.asksWhenNeeded() ? need.whenNeeded() : null, blankToNull(need.detail()),
                        route.hasHub() ? NeedStatus.ROUTED : NeedStatus.NEW, placement.wardCode(), placement.hubId(),
                        choice.outOfArea() ? "OUT_OF_AREA_RECORDED" : route.status().name(), route.reason(),
                        route.hasHub() ? now : null));
                routed.add(new HelpRequested.RoutedNeed(type.id(), type.categoryCode(), placement.wardCode(),
                        placement.hubId()));
            }
        }
        String onBehalfPhone = command.call().onBehalf() == null ? null
                : PhoneNumber.parse(command.call().onBehalf().phone()).map(PhoneNumber::digits).orElse(null);
        Long callId = null;
        if (asCall) {
            callId = store.insertCall(resident.id(), requestId, command.call(), onBehalfPhone, now, by);
            store.deleteDraft(by);
        }
        if (requestId != null) {
            audit.record("CALL_LOGGED", RECORD_TYPE, requestId, priority + ", " + command.needs().size()
                    + (command.needs().size() == 1 ? " need → " : " needs → ")
                    + (route.hasHub() ? route.hub().name() : "no hub (" + route.status() + ")"));
            if (overridden) {
                audit.record("PRIORITY_OVERRIDDEN", RECORD_TYPE, requestId, triage.priority() + " → " + priority
                        + ": " + command.overrideReason().trim());
            }
            int[] recent = store.recentDemand(residents.sameResidentIds(resident.id()),
                    now.minus(java.time.Duration.ofDays(HelpRequested.WINDOW_DAYS)));
            events.publishEvent(new HelpRequested(requestId, resident.id(), command.call().channel(), priority, now,
                    routed, new HelpRequested.Caller(recent[0], recent[1], resident.details().vulnerabilities()
                            .stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()))));
        } else {
            audit.record("CALL_LOGGED", "RESIDENT", resident.id(), command.call().outcome().label());
        }
        List<NeedView> needs = requestId == null ? List.of() : store.request(requestId).orElseThrow().needs();
        return new LoggedCall(resident.id(), requestId, callId, triage, route, needs);
    }

    /** Logs a call back to a resident about a request: spoke to them (done) or another attempt. */
    @PreAuthorize(LOGS_CALLS)
    public CallView logCallback(long requestId, CallDetails call) {
        HelpRequestView request = request(requestId);
        Validation.throwIfAny(checkCall(call));
        Instant now = clock.instant();
        String onBehalfPhone = call.onBehalf() == null ? null
                : PhoneNumber.parse(call.onBehalf().phone()).map(PhoneNumber::digits).orElse(null);
        long callId = store.insertCall(request.residentId(), requestId, call, onBehalfPhone, now,
                currentUser.actorName());
        if (request.callbackNeeded() && call.outcome().contact()) {
            store.callbackDone(requestId, call.outcome() == CallOutcome.SPOKE_RESCHEDULED, now);
        }
        audit.record("CALLBACK_LOGGED", RECORD_TYPE, requestId, call.outcome().label());
        return store.callsOf(Set.of(request.residentId())).stream().filter(c -> c.id() == callId).findFirst()
                .orElseThrow();
    }

    /** One request with its needs, if the user may see it. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public HelpRequestView request(long id) {
        HelpRequestView request = store.request(id)
                .orElseThrow(() -> InvalidInputException.of("request", "No such help request"));
        access.require(request);
        return request;
    }

    /**
     * The resident's requests and calls, including those of residents merged into them; a
     * coordinator sees only the requests with needs routed to their hubs.
     */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public ResidentHistory history(long residentId) {
        Set<Long> group = residents.identityGroup(residentId);
        org.hubline.shared.security.HubScope scope = access.scope();
        List<HelpRequestView> requests = store.requestsOf(group).stream()
                .filter(r -> scope.all() || r.needs().stream().map(NeedView::hubId)
                        .anyMatch(h -> h != null && scope.includes(h)))
                .toList();
        Set<Long> visible = requests.stream().map(HelpRequestView::id).collect(java.util.stream.Collectors.toSet());
        List<CallView> calls = store.callsOf(group).stream()
                .filter(c -> scope.all() || c.requestId() == null || visible.contains(c.requestId())).toList();
        return new ResidentHistory(requests, calls);
    }

    /** Changes the priority the rules gave, with a reason; audited. A stale change is refused. */
    @PreAuthorize(LOGS_CALLS)
    public HelpRequestView overridePriority(HelpRequestView opened, Priority priority, String reason) {
        HelpRequestView current = request(opened.id());
        if (isBlank(reason)) {
            throw InvalidInputException.of("overrideReason", "Say why the priority is changing");
        }
        Instant due = sla.dueAt(priority, current.createdAt(), clock.getZone());
        if (!store.overridePriority(opened.id(), opened.version(), priority, reason.trim(), due, clock.instant())) {
            throw new StaleEditException("Someone else changed this request while you had it open (it is now "
                    + current.priority() + "). Reload and check before changing it.");
        }
        audit.record("PRIORITY_OVERRIDDEN", RECORD_TYPE, opened.id(), current.priority() + " → " + priority + ": "
                + reason.trim());
        return request(opened.id());
    }

    /**
     * Opens a resident's page: their details, requests, calls, consent history, merges and who
     * has viewed them. The viewing itself is audited.
     */
    @PreAuthorize(LOGS_CALLS)
    public ResidentPage residentPage(long residentId) {
        ResidentRecord record = residents.view(residentId);
        String hubName = record.hubId() == null ? null
                : hubs.hubs(List.of(record.hubId())).stream().map(org.hubline.places.Hub::name).findFirst()
                        .orElse(null);
        String wardName = record.wardCode() == null ? null
                : routing.wardChoices(record.wardCode()).stream().filter(w -> w.code().equals(record.wardCode()))
                        .map(org.hubline.places.Ward::name).findFirst().orElse(record.wardCode());
        ResidentHistory history = history(record.id());
        List<Long> needIds = history.requests().stream().flatMap(r -> r.needs().stream()).map(NeedView::id).toList();
        Map<Long, List<NeedNotes.Note>> notes = new java.util.HashMap<>();
        for (NeedNotes source : needNotes.orderedStream().toList()) {
            source.notesFor(needIds).forEach((id, list) -> notes.computeIfAbsent(id, k -> new ArrayList<>())
                    .addAll(list));
        }
        List<ResidentPanels.Panel> panels = new ArrayList<>();
        residentPanels.orderedStream().forEach(p -> panels.addAll(p.panelsFor(record.id())));
        return new ResidentPage(record, hubName, wardName, history, notes, panels,
                residents.consentHistory(record.id()),
                residents.merges(record.id()), residents.viewings(record.id(), 50));
    }

    /** Residents who may be the caller, from what has been typed so far. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<org.hubline.residents.ResidentMatch> findResidents(org.hubline.residents.MatchQuery query) {
        return residents.findMatches(query, 5);
    }

    /** A resident to attach the call to, as they are now. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public ResidentRecord resident(long id) {
        return residents.get(id);
    }

    /** Wards matching what the handler types, when the postcode does not settle routing. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<org.hubline.places.Ward> wardChoices(String text) {
        return routing.wardChoices(text);
    }

    /** Active hubs, for sending a need to a hub by hand. */
    @PreAuthorize(LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<org.hubline.places.Hub> hubChoices() {
        return hubs.hubs().stream().filter(org.hubline.places.Hub::active).toList();
    }

    /**
     * Records how a need ended (met, not met with a reason, or closed) or that work has started.
     * The request closes when its last need does.
     */
    @PreAuthorize(LOGS_CALLS)
    public NeedView updateNeed(long needId, NeedStatus status, String reason) {
        long requestId = store.requestOfNeed(needId)
                .orElseThrow(() -> InvalidInputException.of("need", "No such need"));
        HelpRequestView request = request(requestId);
        if (status == NeedStatus.NEW || status == NeedStatus.ROUTED) {
            throw InvalidInputException.of("status", "A need can move on to in progress, met, not met or closed");
        }
        if (status == NeedStatus.NOT_MET && isBlank(reason)) {
            throw InvalidInputException.of("reason", "Say why the need was not met");
        }
        NeedView need = request.needs().stream().filter(n -> n.id() == needId).findFirst().orElseThrow();
        if (!need.status().open()) {
            throw InvalidInputException.of("status", "This need is already " + need.status().label().toLowerCase());
        }
        Instant now = clock.instant();
        statusChange.apply(needId, requestId, status, blankToNull(reason), now);
        audit.record("NEED_" + status.name(), RECORD_TYPE, requestId, need.type() + ": " + status.label()
                + (isBlank(reason) ? "" : " (" + reason.trim() + ")"));
        return request(requestId).needs().stream().filter(n -> n.id() == needId).findFirst().orElseThrow();
    }

    // ---- helpers

    private Map<String, String> checkCall(CallDetails call) {
        if (call == null) {
            return new LinkedHashMap<>(Map.of("outcome", "Choose how the call ended"));
        }
        Map<String, String> errors = validation.violations(call);
        OnBehalf ob = call.onBehalf();
        if (ob != null && ob.present()) {
            if (isBlank(ob.relationship())) {
                errors.putIfAbsent("onBehalf.relationship", "Say who they are to the resident");
            }
            if (!isBlank(ob.phone()) && PhoneNumber.parse(ob.phone()).isEmpty()) {
                errors.putIfAbsent("onBehalf.phone", "Enter a UK phone number like 07700 900123");
            }
        }
        return errors;
    }

    private Triage.Result triage(ResidentDetails resident, List<NeedInput> needs, SupportNow supportNow,
            Map<Long, NeedType> types) {
        List<Triage.NeedFacts> facts = new ArrayList<>();
        for (NeedInput need : needs) {
            if (need.needTypeId() != null && types.containsKey(need.needTypeId())) {
                NeedType type = types.get(need.needTypeId());
                facts.add(new Triage.NeedFacts(type.categoryName(), type.name(), type.urgent(),
                        type.asksWhenNeeded() ? need.whenNeeded() : null));
            }
        }
        LocalDate today = LocalDate.now(clock);
        Integer age = resident == null || resident.dateOfBirth() == null || resident.dateOfBirth().isAfter(today)
                ? null : java.time.Period.between(resident.dateOfBirth(), today).getYears();
        return Triage.assess(new Triage.Facts(facts, resident == null ? Set.of() : resident.vulnerabilities(), age,
                resident == null ? 0 : resident.children(), supportNow));
    }

    /**
     * Whether the call changes the resident. A returning caller whose details are as opened is
     * not rewritten, so nothing anyone else changed meanwhile can be lost; a change made on a stale
     * copy is refused by {@link Residents#update}.
     */
    private boolean changed(ResidentRecord existing, ResidentDetails details, Placement placement) {
        return !existing.details().equals(details) || !java.util.Objects.equals(existing.wardCode(),
                placement.wardCode()) || !java.util.Objects.equals(existing.hubId(), placement.hubId());
    }

    /** Routes for real: a hand-made choice of hub is audited by places. */
    private Route route(String postcode, RoutingChoice choice) {
        Route base = baseRoute(postcode, choice);
        if (choice.hubId() != null) {
            return routing.override(base, choice.hubId(), choice.reason());
        }
        return base;
    }

    private Route previewRoute(String postcode, RoutingChoice choice) {
        Route base = baseRoute(postcode, choice);
        if (choice != null && choice.hubId() != null) {
            return hubs.hubs(List.of(choice.hubId())).stream().findFirst()
                    .map(h -> new Route(Route.Status.OVERRIDDEN, base.postcode(), base.ward(), h,
                            base.terminatedPostcode(), "Sent to " + h.name() + " by hand.", choice.reason()))
                    .orElse(base);
        }
        return base;
    }

    private Route baseRoute(String postcode, RoutingChoice choice) {
        if (choice != null && choice.wardCode() != null) {
            return routing.routeToWard(choice.wardCode(), postcode);
        }
        if (isBlank(postcode)) {
            return new Route(Route.Status.UNKNOWN_POSTCODE, null, null, null, false,
                    "No postcode yet: enter it, or choose the caller's ward.", null);
        }
        if (choice != null && choice.outOfArea()) {
            Route r = routing.route(postcode);
            return new Route(r.status(), r.postcode(), null, null, r.terminatedPostcode(),
                    "Recorded as out of area: not routed to a hub.", null);
        }
        return routing.route(postcode);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
