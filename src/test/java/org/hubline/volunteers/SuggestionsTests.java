package org.hubline.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuggestionsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Thursday morning. */
    private static final LocalDateTime DUE = LocalDateTime.of(2026, 11, 26, 10, 0);
    private static final Map<String, String> SKILLS = Map.of("SHOPPING", "Shopping", "BEFRIENDING_VISIT",
            "Befriending visits");
    private static final Availability THURSDAY_MORNING = new Availability(DayOfWeek.THURSDAY, PartOfDay.MORNING);

    private static Suggestions.Candidate volunteer(long id, String name, DbsLevel dbs, LocalDate validUntil,
            int active, int max, String ward, Set<Availability> free) {
        return new Suggestions.Candidate(id, name, VolunteerStatus.ACTIVE, true, Set.of("SHOPPING",
                "BEFRIENDING_VISIT"), dbs, validUntil, true, true, max, active, ward, free, List.of());
    }

    private static List<Suggestion> rank(TaskType type, DbsLevel required, Suggestions.Candidate... candidates) {
        return Suggestions.rank(new Suggestions.Task(type, required, DUE, "E05014661"), List.of(candidates), SKILLS,
                TODAY);
    }

    @Test
    void aNeighbourWhoIsFreeAndNotBusyComesFirstWithTheirReasons() {
        List<Suggestion> ranked = rank(TaskType.SHOPPING, DbsLevel.BASIC,
                volunteer(1, "Far Busy", DbsLevel.BASIC, TODAY.plusYears(1), 2, 3, "E05014650", Set.of()),
                volunteer(2, "Near Free", DbsLevel.BASIC, TODAY.plusYears(1), 0, 3, "E05014661",
                        Set.of(THURSDAY_MORNING)));
        assertThat(ranked).extracting(Suggestion::name).containsExactly("Near Free", "Far Busy");
        assertThat(ranked.get(0).reasons()).containsExactly("does shopping", "lives in the resident's ward",
                "free Thursday morning", "0 of 3 tasks now", "basic DBS valid to 25 Nov 2027");
        assertThat(ranked.get(1).reasons()).contains("serves this hub", "not marked free Thursday morning");
    }

    @Test
    void thoseWhoMayNotDoItAreExcludedWithTheReason() {
        Suggestions.Candidate expired = volunteer(1, "Expired", DbsLevel.BASIC, TODAY.minusDays(1), 0, 2, null,
                Set.of());
        Suggestions.Candidate basicOnly = volunteer(2, "Basic", DbsLevel.BASIC, TODAY.plusYears(1), 0, 2, null,
                Set.of());
        Suggestions.Candidate full = volunteer(3, "Full", DbsLevel.ENHANCED, null, 2, 2, null, Set.of());
        Suggestions.Candidate away = new Suggestions.Candidate(4, "Away", VolunteerStatus.ACTIVE, true,
                Set.of("BEFRIENDING_VISIT"), DbsLevel.ENHANCED, null, true, true, 2, 0, null, Set.of(),
                List.of(new Away(TODAY, TODAY.plusDays(3))));
        Suggestions.Candidate paused = new Suggestions.Candidate(5, "Paused", VolunteerStatus.PAUSED, true,
                Set.of("BEFRIENDING_VISIT"), DbsLevel.ENHANCED, null, true, true, 2, 0, null, Set.of(), List.of());
        Suggestions.Candidate noSkill = new Suggestions.Candidate(6, "Walker", VolunteerStatus.ACTIVE, true,
                Set.of("DOG_WALKING"), DbsLevel.ENHANCED, null, true, true, 2, 0, null, Set.of(), List.of());

        Map<String, String> why = new HashMap<>();
        rank(TaskType.BEFRIENDING_VISIT, DbsLevel.ENHANCED, expired, basicOnly, full, away, paused, noSkill)
                .forEach(s -> why.put(s.name(), s.exclusion()));
        assertThat(why).containsEntry("Expired", "needs an enhanced DBS check; has a basic")
                .containsEntry("Basic", "needs an enhanced DBS check; has a basic")
                .containsEntry("Full", "no free slot: 2 of 2 tasks")
                .containsEntry("Away", "away 25 Nov 2026 to 28 Nov 2026")
                .containsEntry("Paused", "paused")
                .containsEntry("Walker", "does not do befriending visits");
        assertThat(rank(TaskType.SHOPPING, DbsLevel.BASIC, expired).get(0).exclusion())
                .isEqualTo("DBS check expired on 24 Nov 2026");
    }
}
