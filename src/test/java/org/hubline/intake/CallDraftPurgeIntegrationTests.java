package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call draft left behind for more than a week (everything typed about a caller) is deleted by
 * the nightly purge; a recent one stays, so a call survives an outage. H2 and PostgreSQL.
 */
abstract class CallDraftPurgeIntegrationTests extends InTheDemoBorough {

    @Autowired
    CallDraftStore drafts;
    @Autowired
    CallDraftPurge purge;

    @Test
    void aDraftLeftForMoreThanAWeekIsDeletedAndARecentOneKept() {
        Instant now = clock.instant();
        String left = "left." + UUID.randomUUID();
        String recent = "recent." + UUID.randomUUID();
        drafts.saveDraft(left, "{\"caller\":\"someone\"}", now.minus(Duration.ofDays(8)));
        drafts.saveDraft(recent, "{\"caller\":\"someone else\"}", now.minus(Duration.ofDays(1)));

        purge.purge();

        assertThat(drafts.draft(left)).isEmpty();
        assertThat(drafts.draft(recent)).isPresent();
        drafts.deleteDraft(recent);
    }
}
