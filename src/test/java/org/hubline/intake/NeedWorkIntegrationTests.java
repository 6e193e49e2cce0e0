package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.resident;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A hub moves its needs on by hand — met with a note, not met for a listed reason, closed as a
 * duplicate, sent to the hub that should have it, reopened when it was ended too soon — and the
 * request, the hub queues and insight's counts follow. The audit says what happened, never the
 * words typed about the person. On H2 and PostgreSQL.
 */
abstract class NeedWorkIntegrationTests extends InTheDemoBorough {

    @Autowired
    CallIntake intake;
    @Autowired
    NeedWork needWork;
    @Autowired
    HubNeeds hubNeeds;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    HubDirectory hubs;
    @Autowired
    JdbcClient jdbc;

    private LoggedCall sheAsksInShaw(String... types) {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(resident("Winnie", "Mover" + Unique.letters(), Unique.birthday(),
                Calls.SHAW, Unique.phone()), List.of(types).stream().map(t -> Calls.need(taxonomy, t, null)).toList()));
    }

    private long hub(String code) {
        return hubs.hubs().stream().filter(h -> h.code().equals(code)).findFirst().map(Hub::id).orElseThrow();
    }

    private long resolvedInNorth() {
        return jdbc.sql("SELECT COALESCE(SUM(resolved), 0) FROM resolution_day WHERE hub_id = :hub")
                .param("hub", hub("NORTH")).query(Long.class).single();
    }

    private List<String> auditOf(long requestId) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE record_type = 'HELP_REQUEST' AND record_id = :id "
                + "ORDER BY id").param("id", String.valueOf(requestId)).query(String.class).list();
    }

    @Test
    void aCoordinatorMarksOneNeedMetAndAnotherNotMetAndTheRequestClosesWithItsLastNeed() {
        LoggedCall call = sheAsksInShaw("Shopping", "Errands");
        signedIn.as("coordinator");
        NeedSummary met = needWork.markMet(call.needs().get(0).id(), "Her neighbour did the shop");
        assertThat(met.status()).isEqualTo(NeedStatus.MET);
        assertThat(met.statusReason()).isEqualTo("Her neighbour did the shop");
        assertThat(intake.request(call.requestId()).open()).isTrue();

        NeedSummary notMet = needWork.markNotMet(call.needs().get(1).id(), NotMetReason.NO_VOLUNTEER,
                "Nobody near her this week");
        assertThat(notMet.statusReason()).isEqualTo("No volunteer was free: Nobody near her this week");
        assertThat(intake.request(call.requestId()).open()).isFalse();
        assertThat(hubNeeds.openNeeds(hub("NORTH"))).noneMatch(n -> n.requestId() == call.requestId());
        assertThat(auditOf(call.requestId())).anyMatch(d -> d.endsWith("Not met (No volunteer was free)"))
                .noneMatch(d -> d.contains("neighbour") || d.contains("Nobody near her"));
    }

    @Test
    void aNeedNotMetNeedsAListedReasonAndWordsForAnotherReason() {
        LoggedCall call = sheAsksInShaw("Shopping");
        long need = call.needs().get(0).id();
        signedIn.as("coordinator");
        assertThatThrownBy(() -> needWork.markNotMet(need, null, "x")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("notMetReason"));
        assertThatThrownBy(() -> needWork.markNotMet(need, NotMetReason.OTHER, " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("detail"));
        assertThatThrownBy(() -> needWork.close(need, null, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("closingReason"));
        assertThat(needWork.close(need, ClosingReason.DUPLICATE, null).statusReason())
                .isEqualTo("A duplicate of another need");
        assertThatThrownBy(() -> needWork.markMet(need, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already closed");
    }

    @Test
    void aNeedSentToAnotherHubIsInThatHubsQueueAtOnceAndTheAuditKeepsNoReason() {
        LoggedCall call = sheAsksInShaw("Shopping");
        long need = call.needs().get(0).id();
        signedIn.as("coordinator");
        assertThatThrownBy(() -> needWork.sendToHub(need, hub("SOUTH"), " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> needWork.sendToHub(need, hub("NORTH"), "Same place"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already with this hub");
        NeedSummary sent = needWork.sendToHub(need, hub("SOUTH"), "Staying with her daughter in Failsworth");
        assertThat(sent.hubName()).isEqualTo("South Hub");
        assertThat(sent.routeReason()).isEqualTo("Staying with her daughter in Failsworth");

        signedIn.as("coordinator.south");
        assertThat(hubNeeds.openNeeds(hub("SOUTH"))).anyMatch(n -> n.needId() == need);
        signedIn.as("coordinator");
        assertThat(hubNeeds.openNeeds(hub("NORTH"))).noneMatch(n -> n.needId() == need);
        assertThatThrownBy(() -> needWork.markMet(need, null)).as("it is no longer the North hub's")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditOf(call.requestId())).contains("Need " + need + ", Food · Shopping: Sent to South Hub")
                .noneMatch(d -> d.contains("daughter"));
    }

    @Test
    void aNeedEndedTooSoonIsReopenedAndWhatItsEndingCountedIsTakenBack() {
        LoggedCall call = sheAsksInShaw("Shopping");
        long need = call.needs().get(0).id();
        long before = resolvedInNorth();
        signedIn.as("coordinator");
        needWork.markMet(need, null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> resolvedInNorth() == before + 1);
        assertThatThrownBy(() -> needWork.reopen(need, "")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("reason"));

        NeedSummary reopened = needWork.reopen(need, "The shopping never came");
        assertThat(reopened.status()).isEqualTo(NeedStatus.ROUTED);
        assertThat(reopened.statusReason()).isEqualTo("Reopened: The shopping never came");
        assertThat(intake.request(call.requestId()).open()).isTrue();
        assertThat(hubNeeds.openNeeds(hub("NORTH"))).anyMatch(n -> n.needId() == need);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> resolvedInNorth() == before);
        assertThatThrownBy(() -> needWork.reopen(need, "again")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("still open");
    }

    @Test
    void onlyHandlersAndTheNeedsOwnCoordinatorsMoveItOn() {
        LoggedCall call = sheAsksInShaw("Shopping");
        long need = call.needs().get(0).id();
        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> needWork.markMet(need, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> needWork.sendToHub(need, hub("SOUTH"), "Mine now"))
                .isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> needWork.markMet(need, null)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> needWork.reopen(need, "x")).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> needWork.hubChoices()).as(user).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("handler");
        assertThat(needWork.startWork(need).status()).isEqualTo(NeedStatus.IN_PROGRESS);
    }
}
