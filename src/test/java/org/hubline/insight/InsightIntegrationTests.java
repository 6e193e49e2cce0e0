package org.hubline.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.HubDirectory;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.places.Ward;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The director's numbers checked by hand on a small fixed data set in March 2034 (so no other
 * test's calls fall in it): totals against the previous week, themes, hubs, wards per 1,000
 * residents with small counts suppressed, channels, and an alert that fires for a sharp rise and
 * not below the threshold. On H2 and PostgreSQL.
 */
abstract class InsightIntegrationTests {

    private static final LocalDate WEEK = LocalDate.of(2034, 3, 8);

    @Autowired
    DemandInsight insight;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    HubDirectory hubs;
    @Autowired
    MutableClock clock;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Routing routing;
    @Autowired
    PostcodeImports imports;

    @AfterEach
    void reset() {
        signedIn.nobody();
        clock.reset();
    }

    private void calls(LocalDate day, int count, String postcode, String needType, String who) {
        signedIn.as("handler");
        for (int i = 0; i < count; i++) {
            clock.set(day.atTime(9, i).atZone(clock.getZone()).toInstant());
            intake.logCall(Calls.newCall(Calls.resident(who, "Insight" + (char) ('a' + i), LocalDate.of(1950, 1, 1)
                    .plusDays(i + day.getDayOfYear() * 40L), postcode, null), List.of(Calls.need(taxonomy, needType,
                            org.hubline.intake.WhenNeeded.THIS_WEEK))));
        }
    }

    @Test
    void theDirectorSeesDemandByThemeHubAndWardAgainstThePreviousWeekWithSmallCountsSuppressed() {
        Calls.ensureDemoPostcodes(signedIn, routing, imports);
        calls(WEEK.minusDays(7), 2, Calls.SHAW, "Shopping", "Previous");
        calls(WEEK, 12, Calls.SHAW, "Shopping", "Current");
        calls(WEEK.plusDays(1), 1, "OL1 9ZE", "Prescription collection", "Coldhurst");

        signedIn.as("director");
        clock.set(WEEK.plusDays(7).atTime(8, 0).atZone(clock.getZone()).toInstant());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> insight.dashboard(WEEK, WEEK.plusDays(6), null).total().count() == 13);
        DemandDashboard d = insight.dashboard(WEEK, WEEK.plusDays(6), null);

        assertThat(d.total().previous()).isEqualTo(2);
        assertThat(d.total().change()).isEqualTo("+550%");
        assertThat(d.byTheme()).extracting(Tally::label, Tally::count, Tally::previous)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Economic", 12, 2),
                        org.assertj.core.groups.Tuple.tuple("Health", 1, 0));
        assertThat(d.byHub()).extracting(Tally::label, Tally::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("North Hub", 12), org.assertj.core.groups.Tuple.tuple("Central Hub", 1));
        int shawPopulation = hubs.wards().stream().filter(w -> w.code().equals("E05014661")).mapToInt(Ward::population)
                .findFirst().orElseThrow();
        Tally shaw = d.byWard().stream().filter(t -> t.label().equals("Shaw")).findFirst().orElseThrow();
        assertThat(shaw.shown()).isEqualTo("12");
        assertThat(shaw.ratePer1000()).isEqualTo(Math.round(10_000.0 * 12 / shawPopulation) / 10.0);
        assertThat(shaw.change()).isEqualTo("", "the previous week's 2 is too small to show");
        Tally coldhurst = d.byWard().stream().filter(t -> t.label().equals("Coldhurst")).findFirst().orElseThrow();
        assertThat(coldhurst.shown()).isEqualTo("fewer than 5");
        assertThat(coldhurst.ratePer1000()).isNull();
        assertThat(d.byChannel()).extracting(Tally::label, Tally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phone", 13));

        List<String> fired = insight.checkAlerts();
        assertThat(fired).singleElement().satisfies(a -> assertThat(a).isEqualTo("Economic needs in the North Hub "
                + "rose 500% week on week: 12 in the seven days to 2034-03-14, up from 2."));
        assertThat(insight.checkAlerts()).as("an alert fires once a week").isEmpty();
        assertThat(insight.alerts()).anyMatch(a -> a.startsWith("Economic needs in the North Hub rose 500%"));
    }

    @Test
    void aRiseBelowTheAbsoluteThresholdRaisesNoAlert() {
        Calls.ensureDemoPostcodes(signedIn, routing, imports);
        LocalDate week = LocalDate.of(2034, 6, 7);
        calls(week.minusDays(7), 1, Calls.FAILSWORTH_EAST, "Befriending", "Quiet");
        calls(week, 9, Calls.FAILSWORTH_EAST, "Befriending", "Rising");
        signedIn.as("director");
        clock.set(week.plusDays(7).atTime(8, 0).atZone(clock.getZone()).toInstant());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> insight.dashboard(week, week.plusDays(6), null).total().count() == 9);
        assertThat(insight.checkAlerts()).as("+8 needs is under the minimum of 10").isEmpty();
    }

    @Test
    void onlyDirectorsAndAdminsSeeTheDashboard() {
        for (String user : List.of("handler", "coordinator", "partner")) {
            signedIn.as(user);
            assertThatThrownBy(() -> insight.dashboard(WEEK, WEEK, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> insight.checkAlerts()).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("admin");
        assertThat(insight.dashboard(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 7), null).total().count()).isZero();
    }
}
