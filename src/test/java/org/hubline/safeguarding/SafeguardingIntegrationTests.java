package org.hubline.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A handler raises a safeguarding concern about a resident; the council's safeguarding inbox is
 * told; the safeguarding lead acknowledges it and refers it to social care, or closes it with why.
 * Only the lead reads what was said; nobody else's screens, and no audit entry, hold it. On H2 and
 * PostgreSQL.
 */
abstract class SafeguardingIntegrationTests extends InTheDemoBorough {

    private static final String SAID = "Her grandson takes her pension card and she has no money for food";

    @Autowired
    Safeguarding safeguarding;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    JdbcClient jdbc;

    private LoggedCall sheCalledFromShaw() {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(Calls.resident("Vera", "Worried" + Unique.letters(), Unique.birthday(),
                Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    private List<String> auditOf(long concernId) {
        return jdbc.sql("SELECT action || ': ' || detail FROM audit_entry WHERE record_type = 'SAFEGUARDING_CONCERN' "
                + "AND record_id = :id ORDER BY id").param("id", String.valueOf(concernId)).query(String.class).list();
    }

    @Test
    void aHandlerRaisesAConcernAndTheLeadAcknowledgesItAndRefersItToAdultSocialCare() {
        LoggedCall call = sheCalledFromShaw();
        ConcernSummary raised = safeguarding.raise(call.residentId(), ConcernCategory.FINANCIAL, SAID, false);
        assertThat(raised.reference()).isEqualTo("SG-" + raised.id());
        assertThat(safeguarding.flags(call.residentId())).singleElement().satisfies(flag -> assertThat(flag)
                .isEqualTo(raised.reference() + ": raised by handler · waiting for the lead")
                .doesNotContain("pension"));

        signedIn.as("safeguarding");
        ConcernSummary queued = safeguarding.queue().stream().filter(c -> c.id() == raised.id()).findFirst()
                .orElseThrow();
        assertThat(queued.whatHappened()).isEqualTo(SAID);
        assertThat(queued.residentName()).startsWith("Vera Worried");
        ConcernSummary acknowledged = safeguarding.acknowledge(queued);
        assertThatThrownBy(() -> safeguarding.acknowledge(queued)).as("the copy read before")
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> safeguarding.close(acknowledged, ConcernOutcome.ADULT_SOCIAL_CARE, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reference"));
        ConcernSummary closed = safeguarding.close(acknowledged, ConcernOutcome.ADULT_SOCIAL_CARE, "ASC-2020-0193",
                null);
        assertThat(closed.closed()).isTrue();
        assertThat(safeguarding.queue()).noneMatch(c -> c.id() == raised.id());
        assertThat(safeguarding.closed()).anyMatch(c -> c.id() == raised.id()
                && "ASC-2020-0193".equals(c.outcomeReference()));

        assertThat(auditOf(raised.id())).containsExactly(
                "SAFEGUARDING_CONCERN_RAISED: An adult: Financial or material abuse",
                "SAFEGUARDING_INBOX_TOLD: Email sent to safeguarding@council.example (LOCAL; the reference and a "
                        + "link only)",
                "SAFEGUARDING_CONCERN_ACKNOWLEDGED: Acknowledged",
                "SAFEGUARDING_CONCERN_CLOSED: Referred to adult social care");
    }

    @Test
    void aChildInImmediateDangerComesFirstAndNoFurtherActionSaysWhy() {
        LoggedCall call = sheCalledFromShaw();
        safeguarding.raise(call.residentId(), ConcernCategory.SELF_NEGLECT, "The house is very cold", false);
        ConcernSummary urgent = safeguarding.raise(call.residentId(), ConcernCategory.CHILD_NEGLECT,
                "The children have not eaten today", true);
        signedIn.as("safeguarding");
        assertThat(safeguarding.queue().get(0).immediateDanger()).isTrue();
        ConcernSummary queued = safeguarding.queue().stream().filter(c -> c.id() == urgent.id()).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> safeguarding.close(queued, ConcernOutcome.NO_FURTHER_ACTION, null, ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThat(safeguarding.close(queued, ConcernOutcome.NO_FURTHER_ACTION, null,
                "Children's services already involved; confirmed with the social worker").closed()).isTrue();
    }

    @Test
    void aConcernNeedsAKindOfHarmAndWhatWasSeenOrSaid() {
        LoggedCall call = sheCalledFromShaw();
        assertThatThrownBy(() -> safeguarding.raise(call.residentId(), null, SAID, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("category"));
        assertThatThrownBy(() -> safeguarding.raise(call.residentId(), ConcernCategory.PHYSICAL, "  ", false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("whatHappened"));
    }

    @Test
    void onlyThoseWhoMaySeeTheResidentRaiseOneAndOnlyTheLeadReadsThem() {
        LoggedCall call = sheCalledFromShaw();
        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> safeguarding.raise(call.residentId(), ConcernCategory.PHYSICAL, SAID, false))
                .isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("partner", "director", "admin", "safeguarding")) {
            signedIn.as(user);
            assertThatThrownBy(() -> safeguarding.raise(call.residentId(), ConcernCategory.PHYSICAL, SAID, false))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        for (String user : List.of("handler", "coordinator", "partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> safeguarding.queue()).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
