package org.hubline.insight;

import java.time.Clock;
import java.util.Map;

import org.hubline.insight.DemandRollup.Counts;
import org.hubline.intake.DemandHistory;
import org.hubline.referrals.Referrals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds every rollup from the records (intake's requests and needs, referrals' steps) through
 * the same rules as live events, in one transaction: dashboards see the old counts or the new,
 * never half. Anything in the rollups without records behind it (the demo's made-up history) goes.
 */
@Component
class RollupRebuild {

    private final RollupStore store;
    private final DemandHistory intake;
    private final Referrals referrals;
    private final Clock clock;

    RollupRebuild(RollupStore store, DemandHistory intake, Referrals referrals, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.referrals = referrals;
        this.clock = clock;
    }

    /** What was counted again: requests, resolutions and referral steps. */
    record Result(long requests, long resolutions, long referralSteps, Map<String, Integer> rows) {
    }

    @Transactional
    Result run() {
        RollupBatch batch = new RollupBatch();
        long[] counted = new long[3];
        intake.replay(request -> {
            counted[0]++;
            Counts.of(request, clock.getZone()).forEach(c -> c.addTo(batch));
        }, need -> {
            counted[1]++;
            Counts.of(need, clock.getZone()).forEach(c -> c.addTo(batch));
        });
        referrals.replayMoves(move -> {
            counted[2]++;
            Counts.of(move, clock.getZone()).forEach(c -> c.addTo(batch));
        });
        return new Result(counted[0], counted[1], counted[2], batch.writeTo(store, true));
    }
}
