package org.hubline.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.hubline.insight.DemandInsight;
import org.hubline.insight.InsightFilter;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedProgress;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Routing;
import org.hubline.places.WardsReassigned;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The flows between modules, each started by the event that starts it and followed until the
 * module that listens has changed its state: a help request reaching insight's counts, a
 * referral moving a need on, a ward move re-routing open needs. On H2 and PostgreSQL.
 */
@EnableScenarios
abstract class EventFlowsIntegrationTests extends InTheDemoBorough {

    private static final String SADDLEWORTH_NORTH = "E05014658";

    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    DemandInsight insight;
    @Autowired
    HubDirectory hubs;
    @Autowired
    Routing routing;

    @BeforeEach
    void signInAsHandler() {
        signedIn.as("handler");
    }

    @Test
    void aHelpRequestIsCountedInTheDirectorsDemand(Scenario scenario) {
        LocalDate longAgo = LocalDate.now(clock).minusDays(500);
        clock.set(longAgo.atTime(11, 0).atZone(clock.getZone()).toInstant());
        InsightFilter thatDay = new InsightFilter(longAgo, longAgo, null, null, null);
        scenario.stimulate(() -> intake.logCall(newCall(resident("Flow", "Counted", null, Calls.SHAW, null),
                        List.of(need(taxonomy, "Shopping", null), need(taxonomy, "Befriending", null)))))
                .customize(c -> c.pollInSameThread())
                .andWaitForStateChange(() -> asDirector(() -> insight.dashboard(thatDay).total().count()),
                        needs -> needs > 0)
                .andVerify(needs -> assertThat(needs).as("both needs of the request, on the day it was made")
                        .isEqualTo(2));
    }

    @Test
    void aReferralCompletedByThePartnerMeetsTheNeed(Scenario scenario) {
        LoggedCall call = intake.logCall(newCall(resident("Flow", "Referred", null, Calls.SHAW, null),
                List.of(need(taxonomy, "Shopping", null))));
        long needId = call.needs().get(0).id();
        scenario.publish(new NeedProgress(needId, NeedStatus.MET, null, "partner"))
                .customize(c -> c.pollInSameThread())
                .andWaitForStateChange(() -> intake.request(call.requestId()).needs().get(0).status(),
                        status -> !status.open())
                .andVerify((status, event) -> {
                    assertThat(status).isEqualTo(NeedStatus.MET);
                    assertThat(intake.request(call.requestId()).open()).as("its only need is met").isFalse();
                });
    }

    @Test
    void aWardMovedToAnotherHubTakesItsOpenNeedsWithIt(Scenario scenario) {
        LoggedCall call = intake.logCall(Calls.newCallInWard(resident("Flow", "Moved", null, null, null),
                List.of(need(taxonomy, "Shopping", null)), SADDLEWORTH_NORTH));
        long from = call.needs().get(0).hubId();
        long to = hubs.hubs().stream().filter(Hub::active).map(Hub::id).filter(id -> id != from).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        scenario.publish(new WardsReassigned(today, List.of(new WardsReassigned.Moved(SADDLEWORTH_NORTH, from, to)),
                        "Test of a ward move"))
                .customize(c -> c.pollInSameThread())
                .andCleanup(() -> scenario.publish(new WardsReassigned(today,
                        List.of(new WardsReassigned.Moved(SADDLEWORTH_NORTH, to, from)), "Moved back after the test"))
                        .customize(c -> c.pollInSameThread())
                        .andWaitForStateChange(() -> intake.request(call.requestId()).needs().get(0).hubId(),
                                hub -> hub == from))
                .andWaitForStateChange(() -> intake.request(call.requestId()).needs().get(0).hubId(),
                        hub -> hub == to)
                .andVerify(hub -> assertThat(intake.request(call.requestId()).needs().get(0).routeStatus())
                        .isEqualTo("WARD_MOVED"));
    }

    /** Reads as the director, then carries on as the handler. */
    private <T> T asDirector(Supplier<T> read) {
        signedIn.as("director");
        try {
            return read.get();
        } finally {
            signedIn.as("handler");
        }
    }
}
