package org.hubline.intake;

import static org.hubline.shared.Text.isBlank;

import java.time.Clock;
import java.util.function.Consumer;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The one way a need's status changes, whoever asks (a handler or coordinator by hand, a task or
 * referral through {@link NeedProgress}, which {@link NeedsFollowWork} hears): loads the need, lets it apply its own rules, saves it
 * (publishing {@link NeedResolved} when it ended) and closes the request with its last need.
 */
@Component
class NeedStatusChange {

    private final NeedRepository needs;
    private final IntakeStore store;
    private final AuditTrail audit;
    private final Clock clock;

    NeedStatusChange(NeedRepository needs, IntakeStore store, AuditTrail audit, Clock clock) {
        this.needs = needs;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Moves the need to the status asked for, as its rules allow, and audits it as done by
     * {@code by}; the reason goes with not met, closed or returned.
     */
    Need apply(long needId, NeedStatus status, String reason, String by) {
        Need saved = change(needId, need -> {
            switch (status) {
                case IN_PROGRESS -> need.start();
                case ROUTED -> need.returnToHub(reason);
                case MET, NOT_MET, CLOSED -> need.end(status, reason, clock.instant(), store.requestFacts(needId));
                case NEW -> throw InvalidInputException.of("status",
                        "A need can move on to in progress, met, not met or closed");
            }
        });
        String type = store.hubNeed(needId).map(HubNeed::type).orElse("Need");
        audit.recordAs(by, "NEED_" + status.name(), CallIntake.RECORD_TYPE, saved.requestId(),
                type + ": " + status.label() + (isBlank(reason) ? "" : " (" + reason.trim() + ")"));
        return saved;
    }

    private Need change(long needId, Consumer<Need> change) {
        Need need = load(needId);
        change.accept(need);
        Need saved = needs.save(need);
        store.refreshRequestOpen(saved.requestId(), clock.instant());
        return saved;
    }

    Need load(long needId) {
        return needs.findById(needId).orElseThrow(() -> InvalidInputException.of("need", "No such need"));
    }
}
