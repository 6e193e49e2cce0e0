package org.hubline.intake;

import java.time.Clock;
import java.time.LocalDate;

import org.hubline.audit.AuditTrail;
import org.hubline.places.WardsReassigned;
import org.hubline.shared.security.CurrentUser;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves open needs with their ward when the footprint changes: at once if the change is in
 * force, otherwise on its effective date (checked every quarter of an hour). Closed needs keep
 * the hub they were routed to, so history still reports against it.
 */
@Component
class WardMoves {

    private final WardMoveStore store;
    private final AuditTrail audit;
    private final Clock clock;

    WardMoves(WardMoveStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WardsReassigned event) {
        for (WardsReassigned.Moved move : event.moves()) {
            store.addPendingMove(move.wardCode(), move.fromHubId(), move.toHubId(), event.effectiveFrom());
        }
        applyDueMoves();
    }

    /** Every quarter of an hour, on one node of the cluster at a time. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    @SchedulerLock(name = "intake-ward-moves", lockAtMostFor = "PT10M")
    @Transactional
    public void everyQuarterHour() {
        applyDueMoves();
    }

    @Transactional
    public void applyDueMoves() {
        for (WardMoveStore.PendingMove move : store.dueMoves(LocalDate.now(clock))) {
            int moved = store.moveOpenNeeds(move.wardCode(), move.fromHubId(), move.toHubId(),
                    "Ward moved hub from " + move.effectiveFrom(), clock.instant());
            store.markApplied(move.id(), clock.instant());
            audit.recordAs(CurrentUser.SYSTEM, "OPEN_NEEDS_MOVED", "WARD", move.wardCode(),
                    moved + (moved == 1 ? " open need" : " open needs") + " moved from hub " + move.fromHubId()
                            + " to hub " + move.toHubId());
        }
    }
}
