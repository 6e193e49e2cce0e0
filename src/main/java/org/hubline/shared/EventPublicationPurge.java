package org.hubline.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completed module events are kept {@code hubline.events.keep-completed-days} days (7 unless set)
 * as a record that their listeners ran, then deleted every night, so the publication table does
 * not grow for ever. Incomplete ones are never deleted: they are republished at start-up.
 */
@Component
public class EventPublicationPurge {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationPurge.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    EventPublicationPurge(CompletedEventPublications completed,
            @Value("${hubline.events.keep-completed-days:7}") int keepDays) {
        this.completed = completed;
        this.keep = Duration.ofDays(keepDays);
    }

    @Scheduled(cron = "${hubline.events.purge-cron:0 30 3 * * *}")
    @SchedulerLock(name = "event-publication-purge", lockAtMostFor = "PT30M")
    public void purge() {
        completed.deletePublicationsOlderThan(keep);
        LOG.info("Deleted event publications completed more than {} days ago", keep.toDays());
    }
}
