package org.hubline.volunteers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.hubline.intake.HubNeed;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.Priority;
import org.junit.jupiter.api.Test;

/** A coordinator making a task is offered a due time within the need's own deadline. */
class TaskDialogTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock TUESDAY_AFTERNOON = Clock.fixed(LocalDateTime.of(2026, 12, 1, 14, 20)
            .atZone(LONDON).toInstant(), LONDON);

    private static HubNeed needDueAt(LocalDateTime due) {
        return new HubNeed(1, 1, 1, "E05014661", "MEDICINES", "Medicines", "Prescription collection", null, null,
                NeedStatus.ROUTED, Priority.P1, "medicines needed today", due.atZone(LONDON).toInstant(), 1, "Ada",
                "1 Test Street", "OL2 9ZP", "Diet: Halal");
    }

    @Test
    void aP1NeedDueTonightIsOfferedATaskDueBeforeItsDeadlineNotTomorrow() {
        assertThat(TaskDialog.defaultDue(needDueAt(LocalDateTime.of(2026, 12, 1, 23, 59)), TUESDAY_AFTERNOON))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 23, 0));
    }

    @Test
    void aNeedDueNextWeekIsOfferedTomorrowMorning() {
        assertThat(TaskDialog.defaultDue(needDueAt(LocalDateTime.of(2026, 12, 8, 17, 0)), TUESDAY_AFTERNOON))
                .isEqualTo(LocalDateTime.of(2026, 12, 2, 10, 0));
    }

    @Test
    void aNeedAlreadyOverdueIsOfferedTheSoonestSensibleTimeNotOneInThePast() {
        assertThat(TaskDialog.defaultDue(needDueAt(LocalDateTime.of(2026, 12, 1, 9, 0)), TUESDAY_AFTERNOON))
                .isEqualTo(LocalDateTime.of(2026, 12, 1, 16, 0));
    }
}
