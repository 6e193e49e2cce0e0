package org.hubline.intake;

import java.time.Clock;
import java.util.function.Consumer;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The one way a need's status changes, whoever asks (a handler or coordinator by hand through
 * {@link NeedWork}, a task or referral through {@link NeedProgress}, which {@link NeedsFollowWork}
 * hears): loads the need, lets it apply its own rules, saves it (publishing {@link NeedResolved}
 * when it ended, {@link NeedReopened} when it opens again), closes or reopens the request with
 * its needs, and audits the change. The audit says what happened, never the reason typed, which
 * may be about the person and stays on the need.
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
        return apply(needId, status, reason, null, by);
    }

    /** As {@link #apply(long, NeedStatus, String, String)}, the audit also saying {@code why} (a listed reason). */
    Need apply(long needId, NeedStatus status, String reason, String why, String by) {
        Need saved = change(needId, need -> {
            switch (status) {
                case IN_PROGRESS -> need.start();
                case ROUTED -> need.returnToHub(reason);
                case MET, NOT_MET, CLOSED -> need.end(status, reason, clock.instant(), store.requestFacts(needId));
                case NEW -> throw InvalidInputException.of("status",
                        "A need can move on to in progress, met, not met or closed");
            }
        });
        audited(by, "NEED_" + status.name(), saved, status.label() + (why == null ? "" : " (" + why + ")"));
        return saved;
    }

    /** Opens an ended need again, with why; its ending is taken back from the counts. */
    Need reopen(long needId, String reason, String by) {
        Need saved = change(needId, need -> need.reopen(reason, store.requestFacts(needId)));
        audited(by, "NEED_REOPENED", saved, "Reopened");
        return saved;
    }

    /** Sends the need to a hub by hand, with why; {@code to} names the hub for the audit. */
    Need route(long needId, long hubId, String reason, String to, String by) {
        Need saved = change(needId, need -> need.routeTo(hubId, reason, clock.instant()));
        audited(by, "NEED_ROUTED_BY_HAND", saved, "Sent to " + to);
        return saved;
    }

    private void audited(String by, String action, Need need, String what) {
        String type = store.hubNeed(need.id()).map(HubNeed::label).orElse("Need");
        audit.recordAs(by, action, CallIntake.RECORD_TYPE, need.requestId(), "Need " + need.id() + ", " + type + ": "
                + what);
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
