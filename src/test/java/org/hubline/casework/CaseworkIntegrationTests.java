package org.hubline.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.hubline.audit.AuditEntry;
import org.hubline.audit.AuditFilter;
import org.hubline.audit.AuditTrail;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.HubResident;
import org.hubline.intake.HubResidentFilter;
import org.hubline.intake.HubResidents;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedSummary;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedWork;
import org.hubline.intake.NotMetReason;
import org.hubline.intake.WhenNeeded;
import org.hubline.places.HubDirectory;
import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.TaskSummary;
import org.hubline.volunteers.TaskType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Repeat demand surfaces by itself and becomes one plan: a resident calling three times in a week
 * is flagged (and the flag clears when it no longer holds), a case is opened with a referral and a
 * volunteer task, both complete, the case closes; only the right people see it. H2 and PostgreSQL.
 */
abstract class CaseworkIntegrationTests extends InTheDemoBorough {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Casework casework;
    @Autowired
    CasePeople casePeople;
    @Autowired
    HubResidents hubResidents;
    @Autowired
    ComplexDemand complexDemand;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedWork needWork;
    @Autowired
    Referrals referrals;
    @Autowired
    HubTasks tasks;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    HubDirectory hubs;
    @Autowired
    AuditTrail audit;

    long north() {
        return hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow().id();
    }

    /** A resident in Shaw who calls three times in a week (shopping; a food parcel; befriending and money). */
    List<LoggedCall> threeCallsInAWeek() {
        signedIn.as("handler");
        int n = UNIQUE.incrementAndGet();
        ResidentDetails who = resident("Carol", "Casework" + (char) ('a' + n % 26), LocalDate.of(1949, 2, 2)
                .plusDays(n * 11L), Calls.SHAW, "07700 97" + String.format("%04d", n));
        LoggedCall first = intake.logCall(newCall(who, List.of(need(taxonomy, "Shopping", null))));
        clock.advance(Duration.ofDays(2));
        LoggedCall second = intake.logCall(Calls.returningCall(intake.resident(first.residentId()),
                List.of(need(taxonomy, "Emergency food parcel", null))));
        clock.advance(Duration.ofDays(2));
        LoggedCall third = intake.logCall(Calls.returningCall(intake.resident(first.residentId()),
                List.of(need(taxonomy, "Befriending", null), need(taxonomy, "Money, debt and benefits advice", null))));
        return List.of(first, second, third);
    }

    @Test
    void aResidentCallingThreeTimesInAWeekIsFlaggedWithTheReasonAndTheFlagClearsLater() {
        List<LoggedCall> calls = threeCallsInAWeek();
        long residentId = calls.get(0).residentId();
        signedIn.as("coordinator");
        FlaggedResident flagged = complexDemand.queue(north()).stream().filter(f -> f.residentId() == residentId)
                .findFirst().orElseThrow();
        assertThat(flagged.reasons()).extracting(ComplexDemandRules.Fired::facts).contains("3 calls in the last 28 days");
        assertThat(flagged.reasons()).extracting(ComplexDemandRules.Fired::rule).contains("3+ calls in 28 days",
                "Needs in 3+ categories");

        clock.advance(Duration.ofDays(40));
        assertThat(complexDemand.queue(north())).noneMatch(f -> f.residentId() == residentId);

        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> complexDemand.queue(north())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseRunsOnePlanWithAReferralAndAVolunteerTaskAndCloses() {
        List<LoggedCall> calls = threeCallsInAWeek();
        long residentId = calls.get(0).residentId();
        long foodNeed = calls.get(1).needs().get(0).id();
        long shoppingNeed = calls.get(0).needs().get(0).id();
        signedIn.as("handler");
        referrals.recordConsentNow(foodNeed, "Agreed for the case plan");

        signedIn.as("coordinator");
        CaseFile opened = casework.open(residentId, "coordinator", "Three calls in a week", List.of());
        assertThatThrownBy(() -> casework.open(residentId, "coordinator", null, List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already has an open case");
        casework.addGoal(opened.id(), "I want to be able to get my own shopping again");
        long parcels = referrals.options(foodNeed).get(0).service().id();
        casework.addAction(opened.id(), new ActionInput(null, "Food parcel this week", ActionInput.Owner.PARTNER,
                null, LocalDate.now(clock).plusDays(3), foodNeed, null, null, parcels));
        CaseFile plan = casework.addAction(opened.id(), new ActionInput(null, "Weekly shop",
                ActionInput.Owner.VOLUNTEER, null, LocalDate.now(clock).plusDays(7), shoppingNeed, TaskType.SHOPPING,
                clock.instant().plus(Duration.ofDays(1)), null));
        assertThat(plan.actions()).extracting(CaseFile.Action::status).containsExactly("IN_PROGRESS", "TO_DO");
        assertThat(plan.actions().get(0).ownerName()).isEqualTo("Oldham Foodbank");

        CaseFile.Action referralAction = plan.actions().get(0);
        CaseFile.Action taskAction = plan.actions().get(1);
        signedIn.as("partner");
        ReferralSummary r = referrals.referral(referralAction.referralId());
        referrals.complete(referrals.accept(r, null), "Delivered");
        signedIn.as("coordinator");
        TaskSummary task = tasks.task(taskAction.taskId());
        long volunteer = tasks.suggest(task.id()).get(0).volunteerId();
        tasks.done(tasks.accepted(tasks.allocate(task, volunteer)), new BigDecimal("2"));

        CaseFile progressed = casework.view(opened.id());
        assertThat(progressed.actions()).extracting(CaseFile.Action::status).containsExactly("DONE", "DONE");
        assertThat(progressed.actions().get(0).linked()).contains(ReferralStatus.COMPLETED.label());
        casework.addNote(opened.id(), "Carol says the parcel and the shop made the difference");
        assertThatThrownBy(() -> casework.close(progressed, " ")).isInstanceOf(InvalidInputException.class);
        CaseFile closed = casework.close(casework.view(opened.id()), "Back on her feet; knows who to call");
        assertThat(closed.open()).isFalse();
        assertThat(casework.reopen(closed).open()).isTrue();
        assertThat(casework.myCases()).anyMatch(c -> c.id() == opened.id());

        signedIn.as("admin");
        assertThat(audit.search(new AuditFilter(null, "CASE_VIEWED", "CASE", String.valueOf(opened.id()), null,
                null), 0, 10)).isNotEmpty();
    }

    @Test
    void aHouseholdCaseKeepsItsMembersAndRefusesMovesItsRulesDoNotAllow() {
        List<LoggedCall> calls = threeCallsInAWeek();
        long residentId = calls.get(0).residentId();
        int n = UNIQUE.incrementAndGet();
        LoggedCall partnerCall = intake.logCall(newCall(resident("Colin", "Casework" + (char) ('a' + n % 26),
                LocalDate.of(1950, 3, 3).plusDays(n * 7L), Calls.SHAW, "07700 96" + String.format("%04d", n)),
                List.of(need(taxonomy, "Shopping", null))));

        signedIn.as("coordinator");
        CaseFile opened = casework.open(residentId, "coordinator", "Couple struggling",
                List.of(residentId, partnerCall.residentId()));
        assertThat(opened.members()).extracting(CaseFile.Member::residentId).containsExactly(partnerCall.residentId());
        assertThat(casework.casesOfResident(partnerCall.residentId())).extracting(CaseFile::id).contains(opened.id());

        CaseFile plan = casework.addAction(opened.id(), new ActionInput(null, "Ring the GP about repeat prescriptions",
                ActionInput.Owner.HUB_TEAM, null, null, null, null, null, null));
        long byHand = plan.actions().get(0).id();
        assertThat(casework.setActionStatus(byHand, "IN_PROGRESS").actions().get(0).status()).isEqualTo("IN_PROGRESS");
        assertThatThrownBy(() -> casework.setActionStatus(byHand, "FINISHED"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("status"))
                        .isEqualTo("Choose to do, in progress, done or dropped"));
        CaseFile withTask = casework.addAction(opened.id(), new ActionInput(null, "Weekly shop",
                ActionInput.Owner.VOLUNTEER, null, null, calls.get(0).needs().get(0).id(), TaskType.SHOPPING,
                clock.instant().plus(Duration.ofDays(1)), null));
        assertThatThrownBy(() -> casework.setActionStatus(withTask.actions().get(1).id(), "DONE"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("follows its volunteer task");

        assertThatThrownBy(() -> casework.setReview(opened.id(), LocalDate.now(clock).minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from today on");
        CaseFile reviewed = casework.setReview(opened.id(), LocalDate.now(clock).plusWeeks(1));
        assertThat(reviewed.nextReview()).isEqualTo(LocalDate.now(clock).plusWeeks(1));
        assertThatThrownBy(() -> casework.close(opened, "Settled")).isInstanceOf(StaleEditException.class);
        CaseFile closed = casework.close(reviewed, "Settled");
        assertThatThrownBy(() -> casework.setReview(closed.id(), LocalDate.now(clock).plusWeeks(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reopen it first");
        assertThatThrownBy(() -> casework.reopen(reviewed)).isInstanceOf(StaleEditException.class);
        assertThat(casework.reopen(closed).members()).hasSize(1);
    }

    @Test
    void aCoordinatorAddsTheHouseholdToACaseRemovesSomeoneAndHandsTheCaseToAnotherLead() {
        List<LoggedCall> calls = threeCallsInAWeek();
        long residentId = calls.get(0).residentId();
        int n = UNIQUE.incrementAndGet();
        LoggedCall sonCall = intake.logCall(newCall(resident("Callum", "Casework" + (char) ('a' + n % 26),
                LocalDate.of(1980, 4, 4).plusDays(n * 7L), Calls.SHAW, "07700 95" + String.format("%04d", n)),
                List.of(need(taxonomy, "Shopping", null))));
        signedIn.as("coordinator");
        CaseFile opened = casework.open(residentId, "coordinator", "Family under strain", List.of());

        CaseFile withSon = casePeople.addResident(opened.id(), sonCall.residentId());
        assertThat(withSon.members()).extracting(CaseFile.Member::residentId).containsExactly(sonCall.residentId());
        assertThat(casework.openNeeds(opened.id())).extracting(NeedSummary::id).contains(sonCall.needs().get(0).id());
        assertThatThrownBy(() -> casePeople.addResident(opened.id(), sonCall.residentId()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Already in the household");
        assertThatThrownBy(() -> casePeople.addResident(opened.id(), residentId))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("the case's own resident");

        CaseFile withGrandchild = casePeople.addPerson(opened.id(), "Ava", "granddaughter, aged 6");
        assertThat(withGrandchild.people()).containsExactly(new CaseFile.Person("Ava", "granddaughter, aged 6"));
        assertThatThrownBy(() -> casePeople.addPerson(opened.id(), "😀", "friend"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("personName"));
        assertThatThrownBy(() -> casePeople.addPerson(opened.id(), "Ava", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("relationship"));
        CaseFile withoutSon = casePeople.removeResident(opened.id(), sonCall.residentId());
        assertThat(withoutSon.members()).isEmpty();
        assertThat(withoutSon.people()).hasSize(1);

        assertThatThrownBy(() -> casePeople.changeLead(withoutSon, "partner"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("coordinator or call handler");
        CaseFile handedOver = casePeople.changeLead(withoutSon, "handler.two");
        assertThat(handedOver.leadWorker()).isEqualTo("handler.two");
        assertThatThrownBy(() -> casePeople.changeLead(withoutSon, "handler"))
                .isInstanceOf(StaleEditException.class);
        signedIn.as("admin");
        var trail = audit.search(new AuditFilter(null, null, "CASE", String.valueOf(opened.id()), null, null), 0, 50);
        assertThat(trail).extracting(AuditEntry::action).contains("CASE_MEMBER_ADDED", "CASE_MEMBER_REMOVED",
                "CASE_LEAD_CHANGED");
        assertThat(trail).extracting(AuditEntry::detail).noneMatch(d -> d.contains("Ava") || d.contains("aged 6")
                || d.contains("Family under strain"));
    }

    @Test
    void onlyCaseWorkersOfTheCasesHubChangeWhoIsInIt() {
        List<LoggedCall> calls = threeCallsInAWeek();
        signedIn.as("coordinator");
        CaseFile opened = casework.open(calls.get(0).residentId(), "coordinator", null, List.of());
        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> casePeople.addPerson(opened.id(), "Ava", "granddaughter"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casePeople.changeLead(opened, "coordinator.south"))
                .isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("admin", "partner", "director")) {
            signedIn.as(user);
            assertThatThrownBy(() -> casePeople.addPerson(opened.id(), "Ava", "granddaughter"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("handler");
        assertThatThrownBy(() -> casePeople.changeLead(opened, "handler"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoordinatorListsHerHubsResidentsByOpenNeedsPriorityVulnerabilityLastContactAndTheComplexFlag() {
        List<LoggedCall> calls = threeCallsInAWeek();
        long flagged = calls.get(0).residentId();
        signedIn.as("handler");
        int n = UNIQUE.incrementAndGet();
        LoggedCall quiet = intake.logCall(newCall(resident("Quentin", "Quietlist" + (char) ('a' + n % 26),
                LocalDate.of(1951, 5, 5).plusDays(n * 3L), Calls.SHAW, "07700 94" + String.format("%04d", n)),
                List.of(need(taxonomy, "Shopping", null))));
        signedIn.as("coordinator");
        needWork.markMet(quiet.needs().get(0).id(), null);

        HubResidents.Listing all = hubResidents.list(north(), HubResidentFilter.none());
        assertThat(all.residents()).extracting(HubResident::residentId).contains(flagged, quiet.residentId());
        HubResident carol = all.residents().stream().filter(r -> r.residentId() == flagged).findFirst().orElseThrow();
        assertThat(carol.openNeeds()).isEqualTo(4);
        assertThat(carol.flaggedAsComplex()).isTrue();

        assertThat(hubResidents.list(north(), new HubResidentFilter(true, null, null, null, false)).residents())
                .extracting(HubResident::residentId).contains(flagged).doesNotContain(quiet.residentId());
        assertThat(hubResidents.list(north(), new HubResidentFilter(false, null, null, null, true)).residents())
                .extracting(HubResident::residentId).contains(flagged).doesNotContain(quiet.residentId());
        assertThat(hubResidents.list(north(), new HubResidentFilter(false, carol.topPriority(), null, null, false))
                .residents()).allMatch(r -> r.topPriority() == carol.topPriority());
        assertThat(hubResidents.list(north(), new HubResidentFilter(false, null, Vulnerability.PREGNANT, null,
                false)).residents()).extracting(HubResident::residentId).doesNotContain(flagged);
        assertThat(hubResidents.list(north(), new HubResidentFilter(false, null, null,
                HubResidentFilter.LastContact.WITHIN_WEEK, false)).residents()).extracting(HubResident::residentId)
                .contains(flagged, quiet.residentId());
        clock.advance(Duration.ofDays(30));
        assertThat(hubResidents.list(north(), new HubResidentFilter(false, null, null,
                HubResidentFilter.LastContact.OVER_MONTH, false)).residents()).extracting(HubResident::residentId)
                .contains(flagged, quiet.residentId());

        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> hubResidents.list(north(), HubResidentFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
        for (String user : List.of("handler", "partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> hubResidents.list(north(), HubResidentFilter.none())).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void onlyTheLeadWorkerTheHubsCoordinatorsAndAdminsSeeACase() {
        List<LoggedCall> calls = threeCallsInAWeek();
        signedIn.as("coordinator");
        CaseFile opened = casework.open(calls.get(0).residentId(), "handler.two", null, List.of());

        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> casework.view(opened.id())).isInstanceOf(AccessDeniedException.class);
        signedIn.as("handler");
        assertThatThrownBy(() -> casework.view(opened.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(casework.casesOfResident(calls.get(0).residentId())).isEmpty();
        signedIn.as("handler.two");
        assertThat(casework.view(opened.id()).leadWorker()).isEqualTo("handler.two");
        signedIn.as("admin");
        CaseFile overseen = casework.view(opened.id());
        assertThat(overseen.id()).isEqualTo(opened.id());
        assertThat(overseen.leadWorker()).isEqualTo("handler.two");
        assertThat(overseen.reason()).as("an admin oversees cases; what is being done is the case workers'").isNull();
        assertThat(overseen.goals()).isEmpty();
        assertThat(overseen.notes()).isEmpty();
        assertThat(overseen.actions()).isEmpty();
        for (String user : List.of("partner", "director")) {
            signedIn.as(user);
            assertThatThrownBy(() -> casework.view(opened.id())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aResidentWithTwoDeclinedReferralsIsFlagged() {
        signedIn.as("handler");
        int n = UNIQUE.incrementAndGet();
        LoggedCall call = intake.logCall(newCall(resident("Dora", "Declined" + (char) ('a' + n % 26),
                LocalDate.of(1970, 1, 1).plusDays(n), Calls.SHAW, "07700 96" + String.format("%04d", n)),
                List.of(need(taxonomy, "Emergency food parcel", null))));
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        long parcels = referrals.options(needId).get(0).service().id();
        for (int i = 0; i < 2; i++) {
            signedIn.as("handler");
            ReferralSummary sent = referrals.refer(needId, parcels, null);
            signedIn.as("partner");
            referrals.decline(referrals.referral(sent.id()), "No stock");
            signedIn.as("handler");
            Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                    .until(() -> intake.request(call.requestId()).needs().get(0).status().open()
                            && referrals.forNeed(needId).stream().allMatch(r -> !r.status().open()));
        }
        signedIn.as("coordinator");
        assertThat(complexDemand.queue(north())).filteredOn(f -> f.residentId() == call.residentId())
                .singleElement().satisfies(f -> assertThat(f.reasons()).extracting(ComplexDemandRules.Fired::facts)
                        .contains("2 referrals declined or not helped"));
        assertThat(referrals.forHubs(EnumSet.of(ReferralStatus.DECLINED))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aVulnerableResidentWithALateP1AndTheSameNeedNotMetTwiceIsFlaggedForBoth() {
        signedIn.as("handler");
        int n = UNIQUE.incrementAndGet();
        LoggedCall call = intake.logCall(newCall(resident("Vi", "Vulnerable" + (char) ('a' + n % 26),
                LocalDate.of(1940, 1, 1).plusDays(n), Calls.SHAW, "07700 95" + String.format("%04d", n),
                Vulnerability.LIVES_ALONE), List.of(need(taxonomy, "Prescription collection",
                        WhenNeeded.TODAY), need(taxonomy, "Shopping", null),
                        need(taxonomy, "Food bank referral", null))));
        needWork.markNotMet(call.needs().get(1).id(), NotMetReason.OTHER, "No volunteer free");
        needWork.markNotMet(call.needs().get(2).id(), NotMetReason.OTHER, "Food bank full");
        clock.advance(Duration.ofDays(2));

        signedIn.as("coordinator");
        assertThat(complexDemand.queue(north())).filteredOn(f -> f.residentId() == call.residentId())
                .singleElement().satisfies(f -> assertThat(f.reasons()).extracting(ComplexDemandRules.Fired::rule)
                        .contains("Vulnerable, with a P1 request past its SLA", "The same need not met 2+ times"));

        signedIn.as("handler");
        needWork.markMet(call.needs().get(0).id(), null);
        signedIn.as("coordinator");
        assertThat(complexDemand.queue(north())).filteredOn(f -> f.residentId() == call.residentId())
                .singleElement().satisfies(f -> assertThat(f.reasons()).extracting(ComplexDemandRules.Fired::rule)
                        .doesNotContain("Vulnerable, with a P1 request past its SLA"));
    }

    @Test
    void aNeedReopenedAndNotMetAgainIsTheSameNeedNotMetTwice() {
        signedIn.as("handler");
        int n = UNIQUE.incrementAndGet();
        LoggedCall call = intake.logCall(newCall(resident("Rhoda", "Reopened" + (char) ('a' + n % 26),
                LocalDate.of(1942, 2, 2).plusDays(n), Calls.SHAW, "07700 93" + String.format("%04d", n)),
                List.of(need(taxonomy, "Errands", null))));
        long errands = call.needs().get(0).id();
        signedIn.as("coordinator");
        needWork.markNotMet(errands, NotMetReason.OTHER, "No volunteer free");
        assertThat(complexDemand.queue(north())).noneMatch(f -> f.residentId() == call.residentId());

        needWork.reopen(errands, "Her neighbour cannot do them after all");
        needWork.markNotMet(errands, NotMetReason.OTHER, "Still nobody free");
        assertThat(complexDemand.queue(north())).filteredOn(f -> f.residentId() == call.residentId())
                .singleElement().satisfies(f -> assertThat(f.reasons()).extracting(ComplexDemandRules.Fired::rule)
                        .contains("The same need not met 2+ times"));
    }
}
