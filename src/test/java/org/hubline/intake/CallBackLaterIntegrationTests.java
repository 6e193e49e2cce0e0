package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.resident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
