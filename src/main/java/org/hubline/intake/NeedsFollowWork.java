package org.hubline.intake;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a need on when work elsewhere moves on (a volunteer's task, a partner's referral): the
 * one way other modules move a need. A need already closed stays as it is, and only a need
 * waiting in its hub's queue is marked in progress.
 */
@Component
class NeedsFollowWork {

    private final IntakeStore store;
    private final NeedStatusChange statusChange;

    NeedsFollowWork(IntakeStore store, NeedStatusChange statusChange) {
        this.store = store;
        this.statusChange = statusChange;
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
        statusChange.apply(need.needId(), progress.status(), progress.reason(), progress.by());
    }
}
