package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.resident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hubline.places.HubDirectory;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.hubline.volunteers.HubToday;
import org.hubline.volunteers.TaskSummary;
import org.hubline.volunteers.TaskType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Call back later" keeps the time agreed with the resident: the callback waits in the queue
 * until then, behind the callbacks due now, and a handler sees the callbacks given to her under
 * *My callbacks*. On H2 and PostgreSQL.
 */
abstract class CallBackLaterIntegrationTests extends InTheDemoBorough {

    @Autowired
    CallIntake intake;
    @Autowired
    CallbackQueue queue;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    NeedWork needWork;
    @Autowired
    HubToday today;
    @Autowired
    HubDirectory hubs;

    private LogCall endingWith(CallDetails call) {
        LogCall c = Calls.newCall(resident("Lettie", "Later" + Unique.letters(), Unique.birthday(), Calls.SHAW,
                Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null)));
        return new LogCall(null, c.resident(), c.routing(), c.needs(), c.supportNow(), null, null, false, call, null);
    }

    private static CallDetails callBackLater(Instant at) {
        return new CallDetails(Direction.INBOUND, Channel.PHONE, null, CallOutcome.SPOKE_RESCHEDULED,
                "Her son is there after six", at);
    }

    @Test
    void aCallEndedCallBackLaterNeedsTheTimeAgreedAndWaitsUntilThen() {
        signedIn.as("handler");
        assertThatThrownBy(() -> intake.logCall(endingWith(callBackLater(null)))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("callBackAt"));
        assertThatThrownBy(() -> intake.logCall(endingWith(callBackLater(clock.instant().minusSeconds(60)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("callBackAt", "Choose a time still to come"));

        Instant sixTomorrow = clock.instant().plus(Duration.ofHours(30));
        LoggedCall later = intake.logCall(endingWith(callBackLater(sixTomorrow)));
        LoggedCall now = intake.logCall(Calls.newCall(resident("Nell", "Nowcall" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));

        List<CallbackItem> items = queue.callbacks(0, 1000);
        CallbackItem waiting = items.stream().filter(i -> i.requestId() == later.requestId()).findFirst()
                .orElseThrow();
        assertThat(waiting.callBackAt()).isEqualTo(sixTomorrow);
        assertThat(items.indexOf(waiting)).as("behind a callback due now")
                .isGreaterThan(items.stream().map(CallbackItem::requestId).toList().indexOf(now.requestId()));

        Instant nextWeek = clock.instant().plus(Duration.ofDays(7));
        intake.logCallback(later.requestId(), callBackLater(nextWeek));
        assertThat(queue.callbacks(0, 1000)).filteredOn(i -> i.requestId() == later.requestId()).singleElement()
                .satisfies(i -> assertThat(i.callBackAt()).isEqualTo(nextWeek));
        intake.logCallback(later.requestId(), CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, null));
        assertThat(queue.callbacks(0, 1000)).noneMatch(i -> i.requestId() == later.requestId());
    }

    @Test
    void aHandlerSeesTheCallbacksGivenToHerUnderMyCallbacks() {
        signedIn.as("handler");
        LoggedCall call = intake.logCall(Calls.newCall(resident("Mona", "Mine" + Unique.letters(), Unique.birthday(),
                Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
        CallbackItem item = queue.callbacks(0, 1000).stream().filter(i -> i.requestId() == call.requestId())
                .findFirst().orElseThrow();
        queue.reassign(item, "handler.two");
        assertThat(queue.myCallbacks(0, 1000)).noneMatch(i -> i.requestId() == call.requestId());
        signedIn.as("handler.two");
        assertThat(queue.myCallbacks(0, 1000)).anyMatch(i -> i.requestId() == call.requestId())
                .allMatch(i -> "handler.two".equals(i.assignee()));
    }

    private static CallDetails noAnswer() {
        return new CallDetails(Direction.OUTBOUND, Channel.PHONE, null, CallOutcome.NO_ANSWER, null, null);
    }

    private long north() {
        return hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow().id();
    }

    @Test
    void aCallbackNobodyGetsThroughOnAfterThreeTriesGoesToTheCoordinatorWhoSendsAVolunteerToTheDoor() {
        signedIn.as("handler");
        LoggedCall call = intake.logCall(Calls.newCall(resident("Una", "Unreached" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
        intake.logCallback(call.requestId(), noAnswer());
        intake.logCallback(call.requestId(), noAnswer());
        signedIn.as("coordinator");
        assertThat(today.unreachableCallbacks(north())).noneMatch(i -> i.requestId() == call.requestId());

        signedIn.as("handler");
        intake.logCallback(call.requestId(), noAnswer());
        assertThat(queue.callbacks(0, 1000)).filteredOn(i -> i.requestId() == call.requestId()).singleElement()
                .satisfies(i -> {
                    assertThat(i.unsuccessfulAttempts()).isEqualTo(3);
                    assertThat(i.withCoordinator()).isTrue();
                });
        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> today.unreachableCallbacks(north())).isInstanceOf(AccessDeniedException.class);

        signedIn.as("coordinator");
        CallbackItem unreached = today.unreachableCallbacks(north()).stream()
                .filter(i -> i.requestId() == call.requestId()).findFirst().orElseThrow();
        TaskSummary check = today.doorstepCheck(north(), unreached);
        assertThat(check.type()).isEqualTo(TaskType.DOORSTEP_CHECK);
        assertThat(check.needId()).isEqualTo(call.needs().get(0).id());
        assertThat(today.unreachableCallbacks(north())).noneMatch(i -> i.requestId() == call.requestId());
        assertThatThrownBy(() -> today.settleCallback(unreached, CallbackClosing.LETTER))
                .as("the copy seen before it was settled").isInstanceOf(StaleEditException.class);
        signedIn.as("handler");
        assertThat(queue.callbacks(0, 1000)).noneMatch(i -> i.requestId() == call.requestId());
    }

    @Test
    void triesBeforeTheResidentWasLastSpokenToDoNotCountAndALetterSettlesTheRest() {
        signedIn.as("handler");
        LoggedCall call = intake.logCall(Calls.newCall(resident("Vera", "Voicemail" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
        intake.logCallback(call.requestId(), noAnswer());
        intake.logCallback(call.requestId(), noAnswer());
        intake.logCallback(call.requestId(), callBackLater(clock.instant().plus(Duration.ofHours(2))));
        intake.logCallback(call.requestId(), noAnswer());
        assertThat(queue.callbacks(0, 1000)).filteredOn(i -> i.requestId() == call.requestId()).singleElement()
                .satisfies(i -> assertThat(i.unsuccessfulAttempts()).isEqualTo(1));
        intake.logCallback(call.requestId(), noAnswer());
        intake.logCallback(call.requestId(), noAnswer());

        assertThatThrownBy(() -> today.unreachableCallbacks(north())).isInstanceOf(AccessDeniedException.class);
        signedIn.as("coordinator");
        CallbackItem unreached = today.unreachableCallbacks(north()).stream()
                .filter(i -> i.requestId() == call.requestId()).findFirst().orElseThrow();
        signedIn.as("handler");
        assertThatThrownBy(() -> today.settleCallback(unreached, CallbackClosing.LETTER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> today.doorstepCheck(north(), unreached)).isInstanceOf(AccessDeniedException.class);
        signedIn.as("coordinator");
        today.settleCallback(unreached, CallbackClosing.LETTER);
        assertThat(today.unreachableCallbacks(north())).noneMatch(i -> i.requestId() == call.requestId());
    }

    @Test
    void aNeedMetWithAHelpCheckOwesACallInTwoDaysToAskWhetherTheHelpArrived() {
        signedIn.as("handler");
        LoggedCall call = intake.logCall(Calls.newCall(resident("Hetty", "Helped" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
        intake.logCallback(call.requestId(), CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, null));
        assertThat(queue.callbacks(0, 1000)).noneMatch(i -> i.requestId() == call.requestId());

        for (String user : List.of("partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> needWork.markMet(call.needs().get(0).id(), null, true)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("coordinator");
        needWork.markMet(call.needs().get(0).id(), "Neighbour did the shop", true);
        signedIn.as("handler");
        CallbackItem check = queue.callbacks(0, 1000).stream().filter(i -> i.requestId() == call.requestId())
                .findFirst().orElseThrow();
        assertThat(check.checksHelpArrived()).isTrue();
        assertThat(check.callBackAt()).isEqualTo(LocalDate.now(clock).plusDays(2).atTime(10, 0)
                .atZone(clock.getZone()).toInstant());
        intake.logCallback(call.requestId(), CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, null));
        assertThat(queue.callbacks(0, 1000)).noneMatch(i -> i.requestId() == call.requestId());
    }
}
