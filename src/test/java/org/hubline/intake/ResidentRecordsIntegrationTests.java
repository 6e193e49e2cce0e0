package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.hubline.residents.ConsentChange;
import org.hubline.residents.Duplicates;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.MatchReview;
import org.hubline.residents.MergeRecord;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.Residents;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A resident's record over time: consent history, who viewed it, and duplicates a handler kept
 * apart that a coordinator merges (with all history) and can separate again. On H2 and PostgreSQL.
 */
abstract class ResidentRecordsIntegrationTests extends InTheDemoBorough {

    @Autowired
    CallIntake intake;
    @Autowired
    Residents residents;
    @Autowired
    Duplicates duplicates;
    @Autowired
    NeedTaxonomy taxonomy;

    @BeforeEach
    void signInAsHandler() {
        signedIn.as("handler");
    }

    @Test
    void openingAResidentIsAuditedAndTheirPageShowsWhoViewedIt() {
        LoggedCall logged = intake.logCall(newCall(resident("Vera", "Viewed", IntakeIntegrationTests.uniqueBirthday(),
                Calls.SHAW, IntakeIntegrationTests.uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        residents.view(logged.residentId());
        signedIn.as("coordinator");
        residents.view(logged.residentId());
        assertThat(residents.viewings(logged.residentId(), 10)).extracting(e -> e.actor())
                .containsExactly("coordinator", "handler");
    }

    @Test
    void consentChangesKeepTheirHistory() {
        LoggedCall logged = intake.logCall(newCall(resident("Connie", "Sent", IntakeIntegrationTests.uniqueBirthday(),
                Calls.SHAW, IntakeIntegrationTests.uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        clock.advance(Duration.ofMinutes(3));
        residents.recordConsentToShare(logged.residentId(), true, "Agreed on the call");
        List<ConsentChange> history = residents.consentHistory(logged.residentId());
        assertThat(history).first().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConsentChange.Kind.SHARE);
            assertThat(c.given()).isTrue();
            assertThat(c.recordedBy()).isEqualTo("handler");
            assertThat(c.note()).isEqualTo("Agreed on the call");
        });
        assertThat(history).filteredOn(c -> c.kind() == ConsentChange.Kind.SHARE).extracting(ConsentChange::given)
                .containsExactly(true, false);
        assertThat(residents.get(logged.residentId()).details().consentToShare()).isTrue();
    }

    @Test
    void aCoordinatorMergesDuplicatesKeptApartWithAllTheirHistoryAndCanUndoIt() {
        LocalDate dob = IntakeIntegrationTests.uniqueBirthday();
        LoggedCall first = intake.logCall(newCall(resident("Robert", "Duplicate", dob, Calls.SHAW,
                IntakeIntegrationTests.uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        ResidentMatch possible = residents.findMatches(new MatchQuery("Bob", "Duplicate", null, null, null, Calls.SHAW,
                null, null), 5).stream().filter(m -> m.residentId() == first.residentId()).findFirst().orElseThrow();
        LoggedCall second = intake.logCall(Calls.keptApart(newCall(resident("Bob", "Duplicate", null, Calls.SHAW,
                IntakeIntegrationTests.uniquePhone()), List.of(need(taxonomy, "Errands", null))), possible));

        signedIn.as("coordinator.south");
        assertThat(duplicates.reviewQueue()).noneMatch(r -> r.resident().id() == second.residentId());
        signedIn.as("handler");
        assertThatThrownBy(() -> duplicates.reviewQueue()).isInstanceOf(AccessDeniedException.class);

        signedIn.as("coordinator");
        MatchReview review = duplicates.reviewQueue().stream().filter(r -> r.resident().id() == second.residentId())
                .findFirst().orElseThrow();
        assertThat(review.candidate().id()).isEqualTo(first.residentId());
        MergeRecord merge = duplicates.mergeReviewed(review.id(), first.residentId());
        assertThatThrownBy(() -> duplicates.mergeReviewed(review.id(), first.residentId()))
                .isInstanceOf(InvalidInputException.class);

        assertThat(intake.history(first.residentId()).requests()).hasSize(2);
        assertThat(residents.get(second.residentId()).id()).as("the merged resident opens as the survivor")
                .isEqualTo(first.residentId());
        assertThat(residents.findMatches(new MatchQuery("Bob", "Duplicate", null, null, null, Calls.SHAW, null, null),
                5)).noneMatch(m -> m.residentId() == second.residentId());

        assertThatThrownBy(() -> duplicates.undoMerge(merge.id(), " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        duplicates.undoMerge(merge.id(), "Bob is Robert's son: same address, different people");
        assertThat(intake.history(first.residentId()).requests()).hasSize(1);
        assertThat(intake.history(second.residentId()).requests()).hasSize(1);
        assertThat(duplicates.merges(first.residentId())).singleElement()
                .satisfies(m -> {
                    assertThat(m.undoneBy()).isEqualTo("coordinator");
                    assertThat(m.undoReason()).isEqualTo("Bob is Robert's son: same address, different people");
                });
        assertThatThrownBy(() -> duplicates.undoMerge(merge.id(), "again")).isInstanceOf(InvalidInputException.class);
    }
}
