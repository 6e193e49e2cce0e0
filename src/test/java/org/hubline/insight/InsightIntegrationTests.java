package org.hubline.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.awaitility.Awaitility;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedWork;
import org.hubline.intake.WhenNeeded;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.referrals.Referrals;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.Residents;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.volunteers.HubCapacity;
import org.hubline.volunteers.VolunteerRoster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The director's numbers checked by hand on a small fixed data set in March 2034 (so no other
 * test's calls fall in it): totals against the previous week, themes, hubs, wards per 1,000
 * residents with small counts suppressed, channels, and an alert that fires for a sharp rise and
 * not below the threshold. On H2 and PostgreSQL.
 */
abstract class InsightIntegrationTests extends InTheDemoBorough {

    private static final LocalDate WEEK = LocalDate.of(2034, 3, 8);

    @Autowired
    DemandInsight insight;
    @Autowired
    AlertCheck alertCheck;
    @Autowired
    HubNeeds hubNeeds;
    @Autowired
    VolunteerRoster volunteers;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedWork needWork;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    HubDirectory hubs;

    @Autowired
    Referrals referrals;
    @Autowired
    Residents residents;
    @Autowired
    ResidentFacts residentFacts;

    private void calls(LocalDate day, int count, String postcode, String needType, String who) {
        signedIn.as("handler");
        for (int i = 0; i < count; i++) {
            clock.set(day.atTime(9, i).atZone(clock.getZone()).toInstant());
            intake.logCall(Calls.newCall(Calls.resident(who, "Insight" + (char) ('a' + i), LocalDate.of(1950, 1, 1)
                    .plusDays(i + day.getDayOfYear() * 40L), postcode, null), List.of(Calls.need(taxonomy, needType,
                            WhenNeeded.THIS_WEEK))));
        }
    }

    @Test
    void theDirectorSeesDemandByThemeHubAndWardAgainstThePreviousWeekWithSmallCountsSuppressed() {
        calls(WEEK.minusDays(7), 2, Calls.SHAW, "Shopping", "Previous");
        calls(WEEK, 12, Calls.SHAW, "Shopping", "Current");
        calls(WEEK.plusDays(1), 1, "OL1 9ZE", "Prescription collection", "Coldhurst");

        signedIn.as("director");
        clock.set(WEEK.plusDays(7).atTime(8, 0).atZone(clock.getZone()).toInstant());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> insight.dashboard(InsightFilter.period(WEEK, WEEK.plusDays(6))).total().count() == 13);
        DemandDashboard d = insight.dashboard(InsightFilter.period(WEEK, WEEK.plusDays(6)));

        assertThat(d.total().previous()).isEqualTo(2);
        assertThat(d.total().change()).isEqualTo("+550%");
        assertThat(d.byTheme()).extracting(Tally::label, Tally::count, Tally::previous)
                .containsExactly(Tuple.tuple("Economic", 12, 2),
                        Tuple.tuple("Health", 1, 0));
        assertThat(d.byHub()).extracting(Tally::label, Tally::count).containsExactly(
                Tuple.tuple("North Hub", 12), Tuple.tuple("Central Hub", 1));
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
                .containsExactly(Tuple.tuple("Phone", 13));

        List<String> fired = insight.checkAlerts();
        assertThat(fired).containsExactlyInAnyOrder(
                "Economic needs in the North Hub rose 500% week on week: 12 in the seven days to 2034-03-14, up from 2.",
                "Economic needs in Shaw ward rose 500% week on week: 12 in the seven days to 2034-03-14, up from 2.");
        assertThat(insight.checkAlerts()).as("an alert fires once a week").isEmpty();
        assertThat(insight.alerts()).anyMatch(a -> a.startsWith("Economic needs in the North Hub rose 500%"));
    }

    /**
     * May 2035: Alma (Shaw, lives alone, 70+) calls three days running about food, medicines and
     * loneliness: 3 requests, the 2nd and 3rd repeat demand, the 3rd complex (3 categories). Her
     * shopping is met an hour after she asks. Bob (Coldhurst) needs a food parcel: referred to the
     * food bank, which accepts two hours later.
     */
    @Test
    void aDirectorSeesRepeatAndComplexDemandResolutionsAndReferralOutcomes() {
        LocalDate monday = LocalDate.of(2035, 5, 7);
        signedIn.as("handler");
        at(monday, 9, 0);
        var first = intake.logCall(Calls.newCall(Calls.resident("Alma", "Repeatcaller", LocalDate.of(1940, 2, 2),
                Calls.SHAW, null, Vulnerability.LIVES_ALONE,
                Vulnerability.AGED_70_PLUS), List.of(Calls.need(taxonomy, "Shopping",
                        WhenNeeded.THIS_WEEK))));
        at(monday, 10, 0);
        needWork.markMet(first.needs().get(0).id(), null);
        at(monday.plusDays(1), 9, 0);
        intake.logCall(Calls.returningCall(residents.get(first.residentId()), List.of(Calls.need(taxonomy,
                "Prescription collection", WhenNeeded.THIS_WEEK))));
        at(monday.plusDays(2), 9, 0);
        intake.logCall(Calls.returningCall(residents.get(first.residentId()), List.of(Calls.need(taxonomy,
                "Befriending", null))));
        var bob = intake.logCall(Calls.newCall(Calls.resident("Bob", "Parcelneeded", LocalDate.of(1961, 3, 3),
                "OL1 9ZE", null), List.of(Calls.need(taxonomy, "Emergency food parcel", null))));
        long bobsNeed = bob.needs().get(0).id();
        at(monday.plusDays(2), 10, 0);
        referrals.recordConsentNow(bobsNeed, "Agreed on the call");
        var sent = referrals.refer(bobsNeed, referrals.options(bobsNeed).get(0).service().id(), null);
        signedIn.as("partner");
        at(monday.plusDays(2), 12, 0);
        referrals.accept(referrals.referral(sent.id()), "Delivering tomorrow");

        signedIn.as("director");
        at(monday.plusDays(7), 8, 0);
        InsightFilter week = InsightFilter.period(monday, monday.plusDays(6));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> {
            DemandDashboard d = insight.dashboard(week);
            return d.requests().count() == 4 && d.referrals().size() == 1 && d.referrals().get(0).accepted().equals("1")
                    && d.hubs().stream().anyMatch(h -> h.resolved().equals("1"));
        });
        DemandDashboard d = insight.dashboard(week);

        assertThat(d.repeatAndComplex()).extracting(DemandDashboard.Figure::label, DemandDashboard.Figure::value)
                .containsExactly(Tuple.tuple("Requests for help", "4"),
                        Tuple.tuple(
                                "From residents with 2 or more requests in 28 days (repeat demand)", "2 (50%)"),
                        Tuple.tuple(
                                "From residents asking in 3 or more need categories in 28 days (complex demand)",
                                "1 (25%)"),
                        Tuple.tuple("Needs per request", "1.00"));
        assertThat(d.vulnerabilities()).extracting(Tally::label, Tally::count).containsExactly(
                Tuple.tuple("Aged 70 or over", 3),
                Tuple.tuple("Lives alone", 3));
        assertThat(d.referrals()).singleElement().satisfies(p -> {
            assertThat(p.partner()).isEqualTo("Oldham Foodbank");
            assertThat(List.of(p.sent(), p.accepted(), p.declined(), p.completed(), p.couldNotHelp()))
                    .containsExactly("1", "1", "0", "0", "0");
            assertThat(p.hoursToAccept()).isEqualTo("2.0");
        });
        DemandDashboard.HubWork north = d.hubs().stream().filter(h -> h.hub().equals("North Hub")).findFirst()
                .orElseThrow();
        assertThat(north.resolved()).isEqualTo("1");
        assertThat(north.withinSla()).isEqualTo("100%");
        assertThat(north.daysToResolve()).isEqualTo("0.0");
        assertThat(d.trend()).hasSize(7);
        assertThat(d.trend().get(2).requests()).isEqualTo(2);
        assertThat(d.trend().get(2).repeatRequests()).isEqualTo(1);

        var shaw = insight.dashboard(new InsightFilter(monday, monday.plusDays(6), null, "E05014661", null));
        assertThat(shaw.requests().shown()).as("every count is ward-level once a ward is chosen")
                .isEqualTo("fewer than 5");
        assertThat(shaw.repeatAndComplex().get(1).value()).isEqualTo("fewer than 5");
        assertThat(shaw.trend()).allSatisfy(p -> assertThat(p.needs()).isIn(0L, null));
        assertThat(DashboardTiles.of(shaw)).allSatisfy(tile -> assertThat(new String(TileFiles.csv(tile),
                StandardCharsets.UTF_8)).doesNotContain("Alma", "Repeatcaller", "OL2 9ZP"));

        var food = insight.dashboard(new InsightFilter(monday, monday.plusDays(6), null, null, "FOOD"));
        assertThat(food.total().count()).as("Alma's shopping and Bob's parcel").isEqualTo(2);
        assertThat(food.notes()).anyMatch(n -> n.startsWith("Requests, repeat and complex demand"));
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(clock.getZone()).toInstant());
    }

    @Test
    void aNeedThatRisesWithinAQuietThemeRaisesItsOwnAlertEvenWithNobodySignedIn() {
        LocalDate week = LocalDate.of(2034, 9, 13);
        calls(week.minusDays(7), 10, Calls.FAILSWORTH_EAST, "Digital access", "Offline");
        calls(week, 10, Calls.FAILSWORTH_EAST, "Befriending", "Lonely");
        calls(week.plusDays(1), 2, Calls.FAILSWORTH_EAST, "Digital access", "Online");
        signedIn.as("director");
        clock.set(week.plusDays(7).atTime(7, 0).atZone(clock.getZone()).toInstant());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> insight.dashboard(InsightFilter.period(week, week.plusDays(6))).total().count() == 12);
        signedIn.nobody();

        alertCheck.everyMorning();

        signedIn.as("director");
        assertThat(insight.alerts()).as("Social needs went from 10 to 12: no theme alert, but Mutual aid rose")
                .anyMatch(a -> a.startsWith("Mutual aid needs in the South Hub rose from none week on week: 10 in "
                        + "the seven days to 2034-09-19, up from 0."))
                .anyMatch(a -> a.startsWith("Mutual aid needs in Failsworth East ward rose from none"))
                .noneMatch(a -> a.startsWith("Social needs in the South Hub") && a.contains("2034-09-19"));
    }

    /**
     * A quarter from Wednesday 9 January to Saturday 5 April 2036 is read by week: its whole weeks
     * from the weekly rollup, its partial first and last weeks from the daily one, and nothing
     * from the days either side.
     */
    @Test
    void aLongPeriodIsCountedByWeekWithItsPartialWeeksByDay() {
        LocalDate from = LocalDate.of(2036, 1, 9);
        LocalDate to = LocalDate.of(2036, 4, 5);
        calls(from.minusDays(1), 1, Calls.SHAW, "Shopping", "Before");
        calls(from, 1, Calls.SHAW, "Shopping", "First");
        calls(from.plusDays(4), 2, Calls.SHAW, "Shopping", "Sunday");
        calls(LocalDate.of(2036, 2, 11), 3, Calls.SHAW, "Shopping", "Middle");
        calls(to, 1, Calls.SHAW, "Shopping", "Last");
        calls(to.plusDays(1), 1, Calls.SHAW, "Shopping", "After");
        signedIn.as("director");
        InsightFilter quarter = InsightFilter.period(from, to);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> insight.dashboard(InsightFilter.period(from.minusDays(1), to.plusDays(1))).total()
                        .count() == 9);

        DemandDashboard d = insight.dashboard(quarter);

        assertThat(d.weekly()).isTrue();
        assertThat(d.total().count()).isEqualTo(7);
        assertThat(d.requests().count()).isEqualTo(7);
        assertThat(d.trend().getFirst().label()).isEqualTo("Week of 7 Jan 2036");
        assertThat(d.trend().getFirst().needs()).as("Wednesday's 1 and Sunday's 2").isEqualTo(3);
        assertThat(d.trend()).filteredOn(p -> p.start().equals(LocalDate.of(2036, 2, 11))).singleElement()
                .satisfies(p -> assertThat(p.needs()).isEqualTo(3));
        assertThat(d.trend().getLast().label()).isEqualTo("Week of 31 Mar 2036");
        assertThat(d.trend().getLast().needs()).isEqualTo(1);
        assertThat(d.trend().stream().mapToLong(p -> p.needs()).sum()).isEqualTo(7);
    }

    /** Counting again from the records gives exactly the figures the live events gave. */
    @Test
    void anAdminCountsAgainFromTheRecordsAndEveryTileComesOutTheSame() {
        LocalDate monday = LocalDate.of(2037, 3, 2);
        signedIn.as("handler");
        at(monday, 9, 0);
        var first = intake.logCall(Calls.newCall(Calls.resident("Cora", "Recount", LocalDate.of(1944, 4, 4),
                Calls.SHAW, null, Vulnerability.DISABILITY), List.of(
                        Calls.need(taxonomy, "Shopping", WhenNeeded.THIS_WEEK),
                        Calls.need(taxonomy, "Emergency food parcel", null))));
        at(monday, 11, 0);
        needWork.markMet(first.needs().get(0).id(), null);
        long parcel = first.needs().get(1).id();
        referrals.recordConsentNow(parcel, "Agreed");
        var sent = referrals.refer(parcel, referrals.options(parcel).get(0).service().id(), null);
        at(monday.plusDays(3), 9, 0);
        intake.logCall(Calls.returningCall(residents.get(first.residentId()), List.of(Calls.need(taxonomy,
                "Prescription collection", WhenNeeded.THIS_WEEK))));
        signedIn.as("partner");
        at(monday.plusDays(3), 15, 0);
        referrals.decline(referrals.referral(sent.id()), "No parcels left this week");
        calls(monday.plusDays(4), 6, "OL1 9ZE", "Befriending", "Recounted");

        signedIn.as("director");
        at(monday.plusDays(7), 8, 0);
        InsightFilter week = InsightFilter.period(monday, monday.plusDays(6));
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> {
            DemandDashboard d = insight.dashboard(week);
            return d.requests().count() == 8 && d.referrals().size() == 1 && d.referrals().get(0).declined()
                    .equals("1") && d.hubs().stream().anyMatch(h -> h.resolved().equals("1"));
        });
        List<String> live = DashboardTiles.of(insight.dashboard(week)).stream()
                .map(t -> new String(TileFiles.csv(t), StandardCharsets.UTF_8)).toList();

        signedIn.as("director");
        assertThatThrownBy(() -> insight.rebuild()).isInstanceOf(AccessDeniedException.class);
        signedIn.as("admin");
        assertThat(insight.rebuild()).startsWith("Counted again from the records: ");

        signedIn.as("director");
        List<String> recounted = DashboardTiles.of(insight.dashboard(week)).stream()
                .map(t -> new String(TileFiles.csv(t), StandardCharsets.UTF_8)).toList();
        assertThat(recounted).containsExactlyElementsOf(live);
        assertThat(String.join("", live)).contains("From residents with 2 or more requests in 28 days (repeat demand),"
                + "1 (13%)");
    }

    @Test
    void aRiseBelowTheAbsoluteThresholdRaisesNoAlert() {
        LocalDate week = LocalDate.of(2034, 6, 7);
        calls(week.minusDays(7), 1, Calls.FAILSWORTH_EAST, "Befriending", "Quiet");
        calls(week, 9, Calls.FAILSWORTH_EAST, "Befriending", "Rising");
        signedIn.as("director");
        clock.set(week.plusDays(7).atTime(8, 0).atZone(clock.getZone()).toInstant());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(15))
                .until(() -> insight.dashboard(InsightFilter.period(week, week.plusDays(6))).total().count() == 9);
        assertThat(insight.checkAlerts()).as("+8 needs is under the minimum of 10").isEmpty();
    }

    @Test
    void handlersAndPartnersAreRefusedAndCoordinatorsSeeOnlyTheirOwnHubs() {
        InsightFilter week = InsightFilter.period(WEEK, WEEK.plusDays(6));
        for (String user : List.of("handler", "partner")) {
            signedIn.as(user);
            assertThatThrownBy(() -> insight.dashboard(week)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> insight.hubChoices()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> hubNeeds.backlog(clock.instant(), null, null))
                    .as("the backlog counts are for insight").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> volunteers.capacityByHub()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> insight.alerts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> insight.checkAlerts()).isInstanceOf(AccessDeniedException.class);
        }
        for (String user : List.of("partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> residentFacts.sameResidentIds(1)).as(user + " may not look up residents")
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.nobody();
        assertThatThrownBy(() -> taxonomy.categoryNames()).isInstanceOf(
                AuthenticationException.class);
        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> insight.checkAlerts()).isInstanceOf(AccessDeniedException.class);
        long north = hubs.hubs().stream().filter(h -> h.name().equals("North Hub")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> insight.dashboard(new InsightFilter(WEEK, WEEK.plusDays(6), north, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(insight.hubChoices()).extracting(Hub::name).containsExactly("South Hub");
        assertThat(insight.wardChoices()).extracting(Ward::name).contains("Failsworth East").doesNotContain("Shaw");
        assertThatThrownBy(() -> insight.dashboard(new InsightFilter(WEEK, WEEK.plusDays(6), null, "E05014661",
                null))).as("Shaw is a North ward").isInstanceOf(InvalidInputException.class);
        long southId = hubs.hubs().stream().filter(h -> h.name().equals("South Hub")).findFirst().orElseThrow().id();
        assertThat(hubNeeds.backlog(clock.instant(), null, null)).as("only the South Hub's counts")
                .allSatisfy(b -> assertThat(b.hubId()).isEqualTo(southId));
        assertThat(volunteers.capacityByHub()).extracting(HubCapacity::hubId)
                .containsOnly(southId);
        DemandDashboard south = insight.dashboard(week);
        assertThat(south.scope()).isEqualTo("South Hub");
        assertThat(south.total().count()).as("the week's needs were all in the North and Central hubs").isZero();
        assertThat(south.hubs()).extracting(DemandDashboard.HubWork::hub).containsExactly("South Hub");
        signedIn.as("admin");
        assertThat(insight.dashboard(InsightFilter.period(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 7)))
                .total().count()).isZero();
    }

    @Test
    void aPeriodMustRunForwardsAndAtMostTwoYears() {
        signedIn.as("director");
        assertThatThrownBy(() -> insight.dashboard(InsightFilter.period(WEEK, WEEK.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("period")).isEqualTo("Choose a period: its first day, "
                                + "then its last"));
        assertThatThrownBy(() -> insight.dashboard(InsightFilter.period(WEEK, WEEK.plusYears(3))))
                .isInstanceOf(InvalidInputException.class);
    }
}
