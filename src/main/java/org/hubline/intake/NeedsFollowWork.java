package org.hubline.intake;

import java.time.Clock;

import org.hubline.audit.AuditTrail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Moves a need on when work elsewhere (a referral) moves on; a need already closed stays as it is. */
@Component
class NeedsFollowWork {

    private final IntakeStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final NeedStatusChange statusChange;

    NeedsFollowWork(IntakeStore store, AuditTrail audit, Clock clock, NeedStatusChange statusChange) {
        this.statusChange = statusChange;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NeedProgress progress) {
        HubNeed need = store.hubNeed(progress.needId()).orElse(null);
        if (need == null || !need.status().open()) {
            return;
        }
        if (progress.status() == NeedStatus.IN_PROGRESS && need.status() != NeedStatus.ROUTED) {
            return;
        }
        statusChange.apply(need.needId(), need.requestId(), progress.status(), progress.reason(), clock.instant());
        audit.recordAs(progress.by(), "NEED_" + progress.status().name(), CallIntake.RECORD_TYPE, need.requestId(),
                need.type() + ": " + progress.status().label() + (progress.reason() == null ? ""
                        : " (" + progress.reason() + ")"));
    }
}
