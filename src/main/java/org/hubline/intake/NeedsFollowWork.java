package org.hubline.intake;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a need on when work elsewhere moves on (a volunteer's task, a partner's referral): the
 * one way other modules move a need. A need already closed stays as it is, and only a need
 * waiting in its hub's queue is marked in progress. It listens in the same transaction as the
 * work that moved, so a hub's list is right the moment the coordinator looks again, and a need
 * that cannot move undoes the step that asked it to.
 */
@Component
class NeedsFollowWork {

    private final IntakeStore store;
    private final NeedStatusChange statusChange;

    NeedsFollowWork(IntakeStore store, NeedStatusChange statusChange) {
        this.store = store;
        this.statusChange = statusChange;
    }

    @EventListener
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
