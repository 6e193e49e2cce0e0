package org.hubline.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;
import static org.hubline.test.ResidentBuilder.aResident;
import static org.hubline.test.VolunteerBuilder.aVolunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.HubNeed;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.HubDirectory;
import org.hubline.referrals.Referrals;
import org.hubline.residents.SupportNeed;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A coordinator's day against the real database: tasks from routed needs, explained
 * suggestions, allocation that two coordinators cannot double-book, completion that meets the
 * need, and another hub's coordinator kept out. On H2 and PostgreSQL.
 */
abstract class VolunteersIntegrationTests extends InTheDemoBorough {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    HubTasks tasks;
    @Autowired
    VolunteerRoster roster;
    @Autowired
    HubNeeds hubNeeds;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    HubDirectory hubs;
    @Autowired
    HubToday hubToday;
    @Autowired
    Referrals referrals;

    long hub(String code) {
        return hubs.hubs().stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** A shopping need for a new resident in Shaw (North hub), logged by the call handler. */
    HubNeed shoppingNeedInShaw() {
        signedIn.as("handler");
        int n = UNIQUE.incrementAndGet();
        LoggedCall call = intake.logCall(newCall(resident("Tessa", "Taskworth" + (char) ('a' + n % 26),
                LocalDate.of(1950, 1, 1).plusDays(n * 31L), Calls.SHAW, Unique.phone()),
                List.of(need(taxonomy, "Shopping", null))));
        signedIn.as("coordinator");
        return hubNeeds.need(call.needs().get(0).id());
    }

    /** North Hub volunteers who shop: one who can, one whose DBS check has lapsed, one paused. */
    record Shoppers(VolunteerRecord able, VolunteerRecord lapsed, VolunteerRecord paused) {
    }

    Shoppers shoppersInTheNorth() {
        signedIn.as("coordinator");
        String n = Unique.letters();
        LocalDate today = LocalDate.now(clock);
        VolunteerRecord able = roster.register(aVolunteer().called("Abel", "Able" + n).forHub(hub("NORTH"))
                .doing("SHOPPING").freeAnyTime().withDbs(DbsLevel.BASIC, today.minusYears(1), today.plusYears(2))
                .build());
        VolunteerRecord lapsed = roster.register(aVolunteer().called("Lena", "Lapsed" + n).forHub(hub("NORTH"))
                .doing("SHOPPING").freeAnyTime().withDbs(DbsLevel.BASIC, today.minusYears(4), today.minusMonths(2))
                .build());
        VolunteerRecord paused = roster.register(aVolunteer().called("Percy", "Paused" + n).forHub(hub("NORTH"))
                .doing("SHOPPING").freeAnyTime().withDbs(DbsLevel.BASIC, today.minusYears(1), today.plusYears(2))
                .paused().build());
        return new Shoppers(able, lapsed, paused);
    }

    static Suggestion suggestionFor(List<Suggestion> suggestions, VolunteerRecord volunteer) {
        return suggestions.stream().filter(s -> s.volunteerId() == volunteer.id()).findFirst().orElseThrow();
    }

    Instant tomorrowMorning() {
        return LocalDateTime.of(LocalDate.now(clock).plusDays(1), LocalTime.of(10, 0))
                .atZone(clock.getZone()).toInstant();
    }

    @Test
    void theVolunteerIsToldWhatTheHelpMustRespectAndThePartnerSeesItInTheReferral() {
        Shoppers shoppers = shoppersInTheNorth();
        signedIn.as("handler");
        LoggedCall call = intake.logCall(newCall(aResident().called("Amira", "Respect" + Unique.letters())
                .bornOn(LocalDate.of(1944, 4, 4)).inShaw().phone(Unique.phone()).agreeingToShare()
                .respecting("Peanut allergy", SupportNeed.HALAL, SupportNeed.FOOD_ALLERGY, SupportNeed.HEARING_LOSS)
                .build(), List.of(need(taxonomy, "Shopping", null))));
        assertThat(intake.resident(call.residentId()).details().supportNeeds())
                .containsExactlyInAnyOrder(SupportNeed.HALAL, SupportNeed.FOOD_ALLERGY, SupportNeed.HEARING_LOSS);
        long needId = call.needs().get(0).id();
        assertThat(referrals.preview(needId, referrals.options(needId).get(0).service().id()).sharedDetails())
                .contains("Help must respect: Diet: Halal, Food allergy · Access: Hearing loss · Note: Peanut allergy");

        signedIn.as("coordinator");
        HubNeed need = hubNeeds.need(needId);
        TaskSummary task = tasks.createTask(need.needId(), TaskType.SHOPPING, tomorrowMorning(), null);
        tasks.allocate(task, shoppers.able().id());
        assertThat(tasks.messages(task.id())).singleElement().satisfies(m -> assertThat(m.body())
                .contains("Please respect: Diet: Halal, Food allergy · Access: Hearing loss · Note: Peanut allergy"));
    }

    @Test
    void aRoutedNeedBecomesATaskForTheTopSuggestionAndIsMetWhenTheTaskIsDone() {
        Shoppers shoppers = shoppersInTheNorth();
        HubNeed need = shoppingNeedInShaw();
        assertThat(hubNeeds.openNeeds(hub("NORTH"))).anyMatch(n -> n.needId() == need.needId());

        TaskSummary task = tasks.createTask(need.needId(), TaskType.SHOPPING, tomorrowMorning(), "Weekly shop, list by phone");
        List<Suggestion> suggestions = tasks.suggest(task.id());
        Suggestion top = suggestions.get(0);
        assertThat(top.excluded()).isFalse();
        assertThat(top.reasons()).contains("does shopping").anyMatch(r -> r.startsWith("free Thursday morning"));
        assertThat(suggestionFor(suggestions, shoppers.lapsed()).exclusion()).startsWith("DBS check expired on");
        assertThat(suggestionFor(suggestions, shoppers.paused()).exclusion()).isEqualTo("paused");
        assertThat(suggestionFor(suggestions, shoppers.able()).excluded()).isFalse();

        TaskSummary offered = tasks.allocate(task, top.volunteerId());
        assertThat(offered.status()).isEqualTo(TaskStatus.OFFERED);
        assertThat(hubNeeds.need(need.needId()).status()).isEqualTo(NeedStatus.IN_PROGRESS);
        assertThat(tasks.messages(task.id())).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo("SMS");
            assertThat(m.sender()).isEqualTo("LOCAL");
            assertThat(m.body()).contains("Shopping for Tessa", "1 Test Street").doesNotContain("Taskworth");
        });

        TaskSummary accepted = tasks.accepted(offered);
        TaskSummary done = tasks.done(accepted, new BigDecimal("1.5"));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.hours()).isEqualByComparingTo("1.5");
        signedIn.as("handler");
        assertThat(intake.request(need.requestId()).needs().get(0).status()).isEqualTo(NeedStatus.MET);
    }

    @Test
    void onlyVolunteersWhoCouldTakeATaskAreListedAsFreeNow() {
        Shoppers shoppers = shoppersInTheNorth();
        List<Long> free = roster.availableNow(hub("NORTH")).stream().map(VolunteerLine::id).toList();
        assertThat(free).contains(shoppers.able().id()).doesNotContain(shoppers.lapsed().id(),
                shoppers.paused().id());
    }

    @Test
    void anExcludedVolunteerCannotBeAllocatedAndSaysWhy() {
        VolunteerRecord lapsed = shoppersInTheNorth().lapsed();
        HubNeed need = shoppingNeedInShaw();
        TaskSummary task = tasks.createTask(need.needId(), TaskType.SHOPPING, tomorrowMorning(), null);
        assertThatThrownBy(() -> tasks.allocate(task, lapsed.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(lapsed.details().name() + " cannot take this task: DBS check expired");
    }

    @Test
    void anotherHubsCoordinatorCannotSeeOrChangeTheTaskOrTheVolunteers() {
        HubNeed need = shoppingNeedInShaw();
        TaskSummary task = tasks.createTask(need.needId(), TaskType.SHOPPING, tomorrowMorning(), null);
        long sam = tasks.suggest(task.id()).get(0).volunteerId();

        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> tasks.task(task.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.suggest(task.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.allocate(task, sam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.createTask(need.needId(), TaskType.SHOPPING, tomorrowMorning(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.get(sam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.ofHub(hub("NORTH"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hubNeeds.openNeeds(hub("NORTH"))).isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.tasks(hub("SOUTH"), List.of(TaskStatus.values()))).noneMatch(t -> t.id() == task.id());

        signedIn.as("handler");
        assertThatThrownBy(() -> tasks.tasks(hub("NORTH"), List.of(TaskStatus.OPEN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hubToday.openNeeds(hub("NORTH"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hubToday.needsWithoutHub()).isInstanceOf(AccessDeniedException.class);
        signedIn.as("admin");
        assertThatThrownBy(() -> roster.ofHub(hub("NORTH"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoCoordinatorsAllocatingTheSameTaskAtOnceOneSucceedsAndTheOtherIsToldWhy() throws Exception {
        HubNeed need = shoppingNeedInShaw();
        TaskSummary task = tasks.createTask(need.needId(), TaskType.SHOPPING, tomorrowMorning(), null);
        List<Suggestion> eligible = tasks.suggest(task.id()).stream().filter(s -> !s.excluded()).toList();
        List<Object> outcomes = race(() -> tasks.allocate(task, eligible.get(0).volunteerId()),
                () -> tasks.allocate(task, eligible.get(1).volunteerId()));

        assertThat(outcomes).filteredOn(TaskSummary.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(StaleEditException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Exception) e).getMessage()).contains("has just been offered"));
    }

    @Test
    void theLastFreeSlotOfAVolunteerGoesToExactlyOneOfTwoTasks() throws Exception {
        signedIn.as("coordinator");
        int n = UNIQUE.incrementAndGet();
        VolunteerRecord olga = roster.register(aVolunteer().called("Olga", "Oneslot" + Unique.letters())
                .phone("07700 94" + String.format("%04d", n)).forHub(hub("NORTH")).doing("DOG_WALKING").freeAnyTime()
                .takingAtMost(1).build());
        HubNeed first = shoppingNeedInShaw();
        HubNeed second = shoppingNeedInShaw();
        TaskSummary a = tasks.createTask(first.needId(), TaskType.DOG_WALKING, tomorrowMorning(), null);
        TaskSummary b = tasks.createTask(second.needId(), TaskType.DOG_WALKING, tomorrowMorning(), null);

        List<Object> outcomes = race(() -> tasks.allocate(a, olga.id()), () -> tasks.allocate(b, olga.id()));

        assertThat(outcomes).filteredOn(TaskSummary.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Exception.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Exception) e).getMessage()).containsAnyOf("last free task",
                        "no free slot"));
        assertThat(roster.get(olga.id()).activeTasks()).isEqualTo(1);
        TaskSummary loser = tasks.task(a.id()).status() == TaskStatus.OPEN ? tasks.task(a.id()) : tasks.task(b.id());
        assertThat(loser.status()).as("the refused allocation left its task open").isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aVolunteerIsRecordedWithCheckedDetailsAndTheirDbsRenewalFollowsPolicy() {
        signedIn.as("coordinator");
        VolunteerDetails bad = new VolunteerDetails("Val", "Invalid", "12345", null, null, "nowhere", null, null,
                Set.of(hub("SOUTH")), Set.of("JUGGLING"), Set.of(), List.of(), DbsLevel.BASIC,
                LocalDate.now(clock).plusDays(1), false, null, false, false, 2, VolunteerStatus.ACTIVE, false);
        assertThatThrownBy(() -> roster.register(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("phone", "postcode", "hubIds", "skills",
                        "dbsCertificateDate", "consentToHold"));

        LocalDate certificate = LocalDate.now(clock).minusYears(3).plusDays(10);
        VolunteerRecord vera = roster.register(new VolunteerDetails("Vera", "Renewal", "07700 950001", null, null,
                "ol2 9zp", null, null, Set.of(hub("NORTH")), Set.of("SHOPPING"), Set.of(), List.of(), DbsLevel.BASIC,
                certificate, false, null, true, true, 2, VolunteerStatus.ACTIVE, true));
        assertThat(vera.details().dbsRenewalDue()).isEqualTo(certificate.plusYears(3));
        assertThat(vera.details().postcode()).isEqualTo("OL2 9ZP");
        assertThat(roster.dbsRenewalsDue(hub("NORTH"), 30)).anyMatch(l -> l.id() == vera.id());

        VolunteerRecord theirs = roster.update(roster.get(vera.id()), vera.details());
        assertThat(theirs.version()).isGreaterThan(vera.version());
        assertThatThrownBy(() -> roster.update(vera, vera.details())).isInstanceOf(StaleEditException.class);
    }

    /** Runs both at the same moment, each as the coordinator on its own thread; returns results or exceptions. */
    private List<Object> race(Callable<Object> one, Callable<Object> two) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<Object> work : List.of(one, two)) {
                futures.add(pool.submit(() -> {
                    signedIn.as("coordinator");
                    try {
                        start.await();
                        outcomes.add(work.call());
                    } catch (Exception e) {
                        outcomes.add(e);
                    } finally {
                        signedIn.nobody();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        signedIn.as("coordinator");
        return outcomes;
    }
}
