package org.hubline.intake;

import static org.hubline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.accounts.Colleague;
import org.hubline.accounts.Colleagues;
import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentSummary;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The callback queue: requests waiting for the helpline to call back, most urgent then oldest,
 * shared among handlers least loaded first and reassigned one by one. A coordinator sees the
 * callbacks of their hubs' requests. (Calls back are logged with {@link CallIntake#logCallback}.)
 */
@Service
@Transactional
public class CallbackQueue {

    private final IntakeStore store;
    private final CallbackStore callbacks;
    private final HelpRequestRepository requests;
    private final RequestAccess access;
    private final ResidentFacts residents;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CallbackSettings settings;
    private final Clock clock;

    CallbackQueue(IntakeStore store, CallbackStore callbacks, HelpRequestRepository requests, RequestAccess access,
            ResidentFacts residents, Colleagues colleagues, AuditTrail audit, CurrentUser currentUser,
            CallbackSettings settings, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.callbacks = callbacks;
        this.requests = requests;
        this.access = access;
        this.residents = residents;
        this.colleagues = colleagues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Requests waiting for a callback, by priority then age (those agreed for a later time after
     * the rest, by that time), with residents' names.
     */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<CallbackItem> callbacks(int offset, int limit) {
        return named(callbacks.callbacks(access.scope(), false, null, clock.instant(), offset, limit));
    }

    /** "My callbacks": the ones given to the signed-in handler, in the same order. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<CallbackItem> myCallbacks(int offset, int limit) {
        return named(callbacks.callbacks(access.scope(), false, currentUser.actorName(), clock.instant(), offset,
                limit));
    }

    List<CallbackItem> named(List<CallbackItem> items) {
        Map<Long, ResidentSummary> names = residents.summaries(items.stream().map(CallbackItem::residentId).toList());
        residents.recordReads(names.keySet(), ReadPurpose.WORK_LIST);
        return items.stream().map(i -> i.named(names.containsKey(i.residentId()) ? names.get(i.residentId()).name()
                : "", settings.attemptsBeforeCoordinator())).toList();
    }

    @PreAuthorize(CallIntake.LOGS_CALLS)
    @Transactional(readOnly = true)
    public int countCallbacks() {
        return callbacks.countCallbacks(access.scope());
    }

    /**
     * Shares the unassigned callbacks among the chosen handlers, most urgent first, each to
     * whoever has fewest open callbacks at that moment. Returns how many each was given.
     */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public Map<String, Integer> assignCallbacks(List<String> handlers) {
        if (handlers == null || handlers.isEmpty()) {
            throw InvalidInputException.of("handlers", "Choose at least one handler");
        }
        Set<String> known = colleagues.withRole(Role.CALL_HANDLER).stream().map(Colleague::username)
                .collect(Collectors.toSet());
        if (!known.containsAll(handlers)) {
            throw InvalidInputException.of("handlers", "Callbacks can only go to enabled call handlers");
        }
        Map<String, Integer> load = callbacks.callbackLoad(handlers);
        Map<String, Integer> given = new LinkedHashMap<>();
        handlers.forEach(h -> given.put(h, 0));
        Instant now = clock.instant();
        for (CallbackItem item : callbacks.callbacks(access.scope(), true, null, now, 0, 10_000)) {
            String handler = load.entrySet().stream().min(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            if (callbacks.assignCallback(item.requestId(), item.version(), handler, now)) {
                load.merge(handler, 1, Integer::sum);
                given.merge(handler, 1, Integer::sum);
            }
        }
        audit.record("CALLBACKS_ASSIGNED", CallIntake.RECORD_TYPE, null, given.toString());
        return given;
    }

    /** Gives one callback to a handler (or back to the pool with {@code null}). */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public void reassign(CallbackItem item, String handler) {
        HelpRequestSummary request = store.request(item.requestId())
                .orElseThrow(() -> InvalidInputException.of("request", "No such help request"));
        access.require(request);
        if (blankToNull(handler) != null && colleagues.withRole(Role.CALL_HANDLER).stream()
                .noneMatch(c -> c.username().equals(handler))) {
            throw InvalidInputException.of("handler", "Callbacks can only go to enabled call handlers");
        }
        HelpRequest owed = requests.findById(item.requestId()).orElseThrow();
        owed.assignCallback(item.version(), blankToNull(handler), clock.instant());
        requests.save(owed);
        audit.record("CALLBACK_REASSIGNED", CallIntake.RECORD_TYPE, item.requestId(),
                (item.assignee() == null ? "unassigned" : item.assignee()) + " → "
                        + (blankToNull(handler) == null ? "unassigned" : handler));
    }

    /** The call handlers callbacks can be given to. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<Colleague> callbackHandlers() {
        return colleagues.withRole(Role.CALL_HANDLER);
    }
}
