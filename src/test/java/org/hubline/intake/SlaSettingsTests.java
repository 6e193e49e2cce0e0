package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SlaSettingsTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Friday afternoon. */
    private static final Instant FRIDAY = Instant.parse("2026-11-27T15:00:00Z");

    @Test
    void p1IsTheEndOfTheSameDayP2FortyEightHoursAndP3FiveWorkingDays() {
        SlaSettings sla = new SlaSettings(null, null, null);
        assertThat(sla.dueAt(Priority.P1, FRIDAY, LONDON)).isEqualTo(Instant.parse("2026-11-27T23:59:59Z"));
        assertThat(sla.dueAt(Priority.P2, FRIDAY, LONDON)).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));
        assertThat(sla.dueAt(Priority.P3, FRIDAY, LONDON)).isEqualTo(Instant.parse("2026-12-04T23:59:59Z"));
    }

    @Test
    void theSlasAreSettingsAndNonsenseIsRefused() {
        SlaSettings sla = new SlaSettings("4h", "1d", "10wd");
        assertThat(sla.dueAt(Priority.P1, FRIDAY, LONDON)).isEqualTo(Instant.parse("2026-11-27T19:00:00Z"));
        assertThat(sla.dueAt(Priority.P2, FRIDAY, LONDON)).isEqualTo(Instant.parse("2026-11-28T23:59:59Z"));
        assertThatThrownBy(() -> new SlaSettings("soon", null, null)).hasMessageContaining("not soon");
    }
}
