package org.hubline.intake;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callbacks nobody got through on: after the set number of unsuccessful tries since the resident
 * was last spoken to ({@link CallbackSettings}) they are put to the hub's coordinator, who settles
 * each with a volunteer's doorstep check (made by volunteers, see {@code HubToday}), a letter, or by
 * closing it. Handlers may go on trying until then.
 */
@Service
@Transactional
public class UnreachableCallbacks {

    static final String COORDINATES = "hasRole('HUB_COORDINATOR')";

    private final CallbackStore callbacks;
    private final CallbackQueue queue;
    private final IntakeStore store;
    private final HelpRequestRepository requests;
    private final RequestAccess access;
    private final CallbackSettings settings;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    UnreachableCallbacks(CallbackStore callbacks, CallbackQueue queue, IntakeStore store,
            HelpRequestRepository requests, RequestAccess access, CallbackSettings settings, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.callbacks = callbacks;
        this.queue = queue;
        this.store = store;
        this.requests = requests;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The hub's callbacks tried the set number of times without reaching the resident, most urgent first. */
    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public List<CallbackItem> forHub(long hubId) {
        currentUser.hubScope().require(hubId);
        return queue.named(callbacks.callbacks(HubScope.of(Set.of(hubId)), false, null,
                settings.attemptsBeforeCoordinator(), clock.instant(), 0, 200));
    }

    /** How many unsuccessful tries put a callback to the coordinator. */
    @PreAuthorize(COORDINATES)
    public int attemptsBeforeCoordinator() {
        return settings.attemptsBeforeCoordinator();
    }

    /** Settles the callback as the coordinator saw it: a doorstep check, a letter, or closed. */
    @PreAuthorize(COORDINATES)
    public void settle(CallbackItem item, CallbackClosing how) {
        if (how == null) {
            throw InvalidInputException.of("closing", "Choose how to settle the callback");
        }
        HelpRequestSummary request = store.request(item.requestId())
                .orElseThrow(() -> InvalidInputException.of("request", "No such help request"));
        access.require(request);
        HelpRequest owed = requests.findById(item.requestId()).orElseThrow();
        owed.settleCallback(item.version(), how, clock.instant());
        requests.save(owed);
        audit.record("CALLBACK_SETTLED", CallIntake.RECORD_TYPE, item.requestId(), how.label() + " after "
                + item.unsuccessfulAttempts() + " tries");
    }
}
