package org.hubline.intake;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call draft holds everything typed about a caller until the call is saved or discarded. One
 * left behind (a handler who went home mid-call, an abandoned browser) is deleted each night
 * once it is {@code hubline.retention.call-draft-days} days old (7 unless set), on one node of the
 * cluster: long enough to get a call back after an outage, not a store of personal data.
 */
@Component
class CallDraftPurge {

    private static final Logger LOG = LoggerFactory.getLogger(CallDraftPurge.class);

    private final CallDraftStore drafts;
    private final Clock clock;
    private final Duration keep;

    CallDraftPurge(CallDraftStore drafts, Clock clock, @Value("${hubline.retention.call-draft-days:7}") int keepDays) {
        this.drafts = drafts;
        this.clock = clock;
        this.keep = Duration.ofDays(keepDays);
    }

    @Scheduled(cron = "${hubline.retention.call-draft-purge-cron:0 45 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "call-draft-purge", lockAtMostFor = "PT30M")
    @Transactional
    public void purge() {
        int deleted = drafts.deleteDraftsSavedBefore(clock.instant().minus(keep));
        LOG.info("Deleted {} call drafts left more than {} days", deleted, keep.toDays());
    }
}
