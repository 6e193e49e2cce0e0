package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.resident;

import java.util.List;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A returning caller continues what she has open instead of starting again: the handler sees her
 * open needs, waiting callback and open case, logs the call against the open need rather than a
 * duplicate, and the callback closes once they have spoken. A caller from outside the borough is
 * signposted and their needs closed as such. On H2 and PostgreSQL.
 */
abstract class ReturningCallersIntegrationTests extends InTheDemoBorough {

    @Autowired
    CallIntake intake;
    @Autowired
    NeedWork needWork;
    @Autowired
    ReturningCallers returningCallers;
    @Autowired
    CallbackQueue callbackQueue;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    Residents residents;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void signInAsHandler() {
        signedIn.as("handler");
    }

    private LoggedCall sheAskedForShopping(String first, String last) {
        return intake.logCall(Calls.newCall(resident(first, last, Unique.birthday(), Calls.SHAW, Unique.phone()),
                List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    private LogCall callingAgain(ResidentRecord her, FollowUp followUp, CallOutcome outcome) {
        return new LogCall(her, her.details(), RoutingChoice.byPostcode(), List.of(), SupportNow.FAMILY_OR_FRIENDS,
                null, null, false, CallDetails.inboundPhone(outcome, "Still waiting for the shopping"), null, followUp);
    }

    @Test
    void aReturningCallersCallIsLoggedAgainstHerOpenNeedAndAnswersHerCallback() {
        LoggedCall first = sheAskedForShopping("Winifred", "Openshaw");
        assertThat(returningCallers.counts(List.of(first.residentId())).get(first.residentId()).inWords())
                .isEqualTo("Open now: 1 open need · a callback waiting");

        OpenWork open = returningCallers.openWork(first.residentId());
        assertThat(open.needs()).extracting(NeedSummary::label).containsExactly("Food · Shopping");
        assertThat(open.callbacks()).extracting(HelpRequestSummary::id).containsExactly(first.requestId());
        assertThat(open.supportLastTime()).isEqualTo(SupportNow.FAMILY_OR_FRIENDS);

        ResidentRecord her = intake.resident(first.residentId());
        LoggedCall again = intake.logCall(callingAgain(her,
                new FollowUp(first.requestId(), Set.of(first.requestId())), CallOutcome.SPOKE_COMPLETE));

        assertThat(again.requestId()).isEqualTo(first.requestId());
        ResidentHistory history = intake.history(first.residentId());
        assertThat(history.requests()).hasSize(1);
        assertThat(history.requests().get(0).needs()).hasSize(1);
        assertThat(history.calls()).hasSize(2).allMatch(c -> first.requestId().equals(c.requestId()));
        assertThat(intake.request(first.requestId()).callbackNeeded()).isFalse();
        assertThat(callbackQueue.callbacks(0, 500)).noneMatch(c -> c.requestId() == first.requestId());
        assertThat(audit.entriesFor(CallIntake.RECORD_TYPE, first.requestId(), "CALLBACK_ANSWERED", 5))
                .singleElement().satisfies(e -> assertThat(e.detail()).doesNotContain("shopping"));
        assertThat(returningCallers.counts(List.of(first.residentId())).get(first.residentId()).inWords())
                .isEqualTo("Open now: 1 open need");
    }

    @Test
    void aCallbackClosesOnlyWhenTheHandlerSpokeToThem() {
        LoggedCall first = sheAskedForShopping("Vera", "Voicemail");
        ResidentRecord her = intake.resident(first.residentId());
        assertThatThrownBy(() -> intake.logCall(callingAgain(her, new FollowUp(first.requestId(),
                Set.of(first.requestId())), CallOutcome.NO_ANSWER)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("followUp"))
                        .startsWith("A callback closes only when you spoke to them"));
        assertThat(intake.request(first.requestId()).callbackNeeded()).isTrue();
    }

    @Test
    void aCallCannotFollowUpSomeoneElsesRequestOrOneThatIsNoLongerOpen() {
        LoggedCall hers = sheAskedForShopping("Hilda", "Holroyd");
        LoggedCall his = sheAskedForShopping("Harold", "Holroyd");
        ResidentRecord him = intake.resident(his.residentId());
        assertThatThrownBy(() -> intake.logCall(callingAgain(him, new FollowUp(hers.requestId(), Set.of()),
                CallOutcome.SPOKE_COMPLETE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("followUp", "That need is no longer open: add it as a new need"));
        assertThatThrownBy(() -> intake.logCall(callingAgain(him, new FollowUp(null, Set.of(hers.requestId())),
                CallOutcome.SPOKE_COMPLETE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("followUp"));

        needWork.markMet(his.needs().get(0).id(), null);
        assertThatThrownBy(() -> intake.logCall(callingAgain(him, new FollowUp(his.requestId(), Set.of()),
                CallOutcome.SPOKE_COMPLETE))).isInstanceOf(InvalidInputException.class);
        assertThat(intake.history(hers.residentId()).calls()).hasSize(1);
    }

    @Test
    void aCoordinatorSeesOnlyTheirHubsOpenWorkAndAPartnerNone() {
        LoggedCall north = sheAskedForShopping("Norah", "Northend");
        signedIn.as("coordinator.south");
        assertThat(returningCallers.counts(List.of(north.residentId()))).isEmpty();
        assertThatThrownBy(() -> returningCallers.openWork(north.residentId()))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("partner");
        assertThatThrownBy(() -> returningCallers.counts(List.of(north.residentId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> returningCallers.openWork(north.residentId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCallerFromOutsideTheBoroughIsSignpostedAndTheirNeedsClosedAsOutOfArea() {
        ResidentDetails outside = resident("Kyle", "Outwood", Unique.birthday(), "M1 1AE", Unique.phone());
        LoggedCall logged = intake.logCall(new LogCall(null, outside, RoutingChoice.recordOutOfArea(),
                List.of(Calls.need(taxonomy, "Shopping", null)), SupportNow.NONE, null, null, false,
                CallDetails.inboundPhone(CallOutcome.SPOKE_SIGNPOSTED, null), null));
        NeedSummary need = intake.request(logged.requestId()).needs().get(0);
        assertThat(need.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(need.statusReason()).isEqualTo("Out of area: signposted to their own council");
        assertThat(need.routeStatus()).isEqualTo("OUT_OF_AREA_RECORDED");
        assertThat(intake.request(logged.requestId()).open()).isFalse();
        assertThat(returningCallers.counts(List.of(logged.residentId()))).isEmpty();
        assertThat(intake.history(logged.residentId()).calls().get(0).outcome())
                .isEqualTo(CallOutcome.SPOKE_SIGNPOSTED);
    }
}
