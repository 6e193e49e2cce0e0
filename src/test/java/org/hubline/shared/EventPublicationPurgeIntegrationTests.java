package org.hubline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publication table keeps a week of completed events and every incomplete one, whatever its
 * age: the nightly purge deletes only what completed longer ago than the setting, and while another
 * node holds the job's lock this node skips it. H2 and PostgreSQL.
 */
abstract class EventPublicationPurgeIntegrationTests extends InTheDemoBorough {

    @Autowired
    EventPublicationPurge purge;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LockProvider locks;

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                VALUES (:id, 'test.listener', 'test.Event', '{}', :published, :completed, :status, 1)""")
                .param("id", id).param("published", Timestamp.from(published))
                .param("completed", completed == null ? null : Timestamp.from(completed))
                .param("status", completed == null ? "PROCESSING" : "COMPLETED").update();
        return id;
    }

    private List<UUID> left() {
        return jdbc.sql("SELECT id FROM event_publication WHERE listener_id = 'test.listener'").query(UUID.class)
                .list();
    }

    @Test
    void theNightlyPurgeDeletesOnlyEventsCompletedOverAWeekAgoAndRunsOnOneNodeAtATime() {
        Instant now = Instant.now();
        UUID old = publication(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)));
        UUID recent = publication(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
        UUID unfinished = publication(now.minus(Duration.ofDays(30)), null);

        Optional<SimpleLock> anotherNode = locks.lock(new LockConfiguration(now, "event-publication-purge",
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(anotherNode).as("another node takes tonight's purge").isPresent();
        purge.purge();
        assertThat(left()).as("this node skipped it").contains(old);

        anotherNode.orElseThrow().unlock();
        purge.purge();
        assertThat(left()).contains(recent, unfinished).doesNotContain(old);
        jdbc.sql("DELETE FROM event_publication WHERE listener_id = 'test.listener'").update();
    }
}
