package org.hubline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publication table keeps a week of completed events and every incomplete one, whatever its
 * age: the nightly purge deletes only what completed longer ago than the setting. H2 and PostgreSQL.
 */
abstract class EventPublicationPurgeIntegrationTests extends InTheDemoBorough {

    @Autowired
    EventPublicationPurge purge;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void theNightlyPurgeDeletesOnlyEventsCompletedOverAWeekAgo() {
        Instant now = Instant.now();
        UUID old = publication(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(30)));
        UUID recent = publication(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
        UUID unfinished = publication(now.minus(Duration.ofDays(30)), null);

        purge.purge();

        List<UUID> left = jdbc.sql("SELECT id FROM event_publication WHERE listener_id = 'test.listener'")
                .query(UUID.class).list();
        assertThat(left).contains(recent, unfinished).doesNotContain(old);
        jdbc.sql("DELETE FROM event_publication WHERE listener_id = 'test.listener'").update();
    }
}
