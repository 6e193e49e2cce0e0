package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.hubline.audit.AuditFilter;
import org.hubline.audit.AuditTrail;
import org.hubline.places.FootprintDesigner;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Route;
import org.hubline.places.Routing;
import org.hubline.places.WardMove;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.Placement;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.hubline.test.ResidentBuilder;
import org.hubline.test.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The call handler's job end to end against the real database: new and returning residents,
 * needs triaged with reasons and routed to hubs, callbacks, drafts, and the limits on who sees
 * what. On H2 and PostgreSQL.
 */
abstract class IntakeIntegrationTests extends InTheDemoBorough {

    @Autowired
    CallIntake intake;
    @Autowired
    NeedWork needWork;
    @Autowired
    CallbackQueue callbackQueue;
    @Autowired
    WebFormRequests webForm;
    @Autowired
    Residents residents;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    CallDrafts drafts;
    @Autowired
    AuditTrail audit;
    @Autowired
    FootprintDesigner designer;
    @Autowired
    HubDirectory hubDirectory;
    @Autowired
    WardMoves wardMoves;
    @Autowired
    Routing routing;
    @Autowired
    UnroutedNeeds unrouted;
    @Autowired
    HubNeeds hubNeeds;

    @BeforeEach
    void signInAsHandler() {
        signedIn.as("handler");
    }

    /** A phone number no other test uses. */
    static String uniquePhone() {
        return Unique.phone();
    }

    /** A date of birth no other test is likely to use. */
    static LocalDate uniqueBirthday() {
        return Unique.birthday();
    }

    @Test
    void aNeedNoHubCanTakeIsNeverSavedWithoutAnOwnerAndWaitsInTheQueueUntilACoordinatorSendsIt() {
        signedIn.as("handler");
        ResidentDetails nowhere = resident("Nora", "Nowhere", uniqueBirthday(), "OL1 1AA", uniquePhone());
        List<NeedInput> shopping = List.of(Calls.need(taxonomy, "Shopping", null));
        assertThatThrownBy(() -> intake.logCall(Calls.newCall(nowhere, shopping)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("owner"))
                        .startsWith("No hub would have these needs"));
        LoggedCall later = intake.logCall(Calls.newCallRoutedLater(nowhere, shopping));
        long needId = later.needs().get(0).id();
        assertThatThrownBy(() -> unrouted.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unrouted.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unrouted.hubChoices()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unrouted.sendToHub(needId, 1L, "Handlers route by the call"))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("coordinator");
        UnroutedNeed waiting = unrouted.list().stream().filter(n -> n.needId() == needId).findFirst().orElseThrow();
        assertThat(waiting.cause()).isEqualTo("Left to route later");
        assertThat(waiting.residentFirstName()).isEqualTo("Nora");
        assertThat(unrouted.count()).isPositive();
        assertThat(unrouted.hubChoices()).extracting(Hub::code).contains("NORTH").doesNotContain("SOUTH");
        long north = hubDirectory.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow().id();
        long south = hubDirectory.hubs().stream().filter(h -> h.code().equals("SOUTH")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> unrouted.sendToHub(needId, north, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> unrouted.sendToHub(needId, south, "Lives on the edge of Failsworth"))
                .isInstanceOf(AccessDeniedException.class);
        unrouted.sendToHub(needId, north, "She lives in Shaw; her postcode is new");

        assertThat(unrouted.list()).noneMatch(n -> n.needId() == needId);
        assertThat(hubNeeds.openNeeds(north)).anyMatch(n -> n.needId() == needId);
        assertThatThrownBy(() -> unrouted.sendToHub(needId, north, "Again")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already with a hub");
    }

    @Test
    void aHandlerLogsACallForANewResidentAndItsNeedsAreRoutedToTheirHub() {
        LoggedCall logged = intake.logCall(newCall(resident("Joan", "Ashworth", uniqueBirthday(), "ol2 9zp",
                uniquePhone()), List.of(need(taxonomy, "Shopping", null))));

        assertThat(logged.route().status()).isEqualTo(Route.Status.ROUTED);
        assertThat(logged.route().hub().code()).isEqualTo("NORTH");
        assertThat(logged.needs()).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NeedStatus.ROUTED);
            assertThat(n.hubName()).isEqualTo("North Hub");
            assertThat(n.wardCode()).isEqualTo("E05014661");
        });
        ResidentRecord stored = residents.get(logged.residentId());
        assertThat(stored.details().postcode()).isEqualTo("OL2 9ZP");
        assertThat(stored.hubId()).isEqualTo(logged.route().hub().id());
        ResidentHistory history = intake.history(logged.residentId());
        assertThat(history.requests()).singleElement().satisfies(r -> assertThat(r.channel()).isEqualTo(Channel.PHONE));
        assertThat(history.calls()).singleElement().satisfies(c -> {
            assertThat(c.handler()).isEqualTo("handler");
            assertThat(c.outcome()).isEqualTo(CallOutcome.SPOKE_COMPLETE);
        });
    }

    @Test
    void medicinesNeededTodayForSomeoneShieldingWhoLivesAloneIsP1WithItsReasons() {
        ResidentDetails margaret = resident("Margaret", "Hollins", uniqueBirthday(), Calls.SHAW, uniquePhone(),
                Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE, Vulnerability.LIVES_ALONE);
        LoggedCall logged = intake.logCall(newCall(margaret,
                List.of(need(taxonomy, "Prescription collection", WhenNeeded.TODAY), need(taxonomy, "Shopping", null))));

        assertThat(logged.triage().priority()).isEqualTo(Priority.P1);
        assertThat(logged.triage().reasonsText()).isEqualTo("medicines needed today · CEV · lives alone");
        HelpRequestSummary request = intake.request(logged.requestId());
        assertThat(request.reasons()).isEqualTo("medicines needed today · CEV · lives alone");
        assertThat(request.dueAt()).isEqualTo(LocalDate.now(clock).atTime(23, 59, 59).atZone(clock.getZone()).toInstant());
        assertThat(request.needs()).extracting(NeedSummary::type).containsExactly("Prescription collection", "Shopping");
        assertThat(request.needs().get(0).whenNeeded()).isEqualTo(WhenNeeded.TODAY);
    }

    @Test
    void aPriorityOverrideNeedsAReasonAndIsAudited() {
        LogCall call = newCall(resident("Tom", "Brierley", uniqueBirthday(), Calls.SHAW, uniquePhone()),
                List.of(need(taxonomy, "Befriending", null)));
        LogCall withoutReason = new LogCall(null, call.resident(), call.routing(), call.needs(), call.supportNow(),
                Priority.P1, " ", true, call.call(), null);
        assertThatThrownBy(() -> intake.logCall(withoutReason)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("overrideReason"));

        LoggedCall logged = intake.logCall(new LogCall(null, call.resident(), call.routing(), call.needs(),
                call.supportNow(), Priority.P1, "Sounded confused and frightened", true, call.call(), null));
        HelpRequestSummary request = intake.request(logged.requestId());
        assertThat(request.priority()).isEqualTo(Priority.P1);
        assertThat(request.computedPriority()).isEqualTo(Priority.P3);
        assertThat(request.overrideReason()).isEqualTo("Sounded confused and frightened");
        signedIn.as("admin");
        assertThat(audit.search(new AuditFilter(null, "PRIORITY_OVERRIDDEN", null, null, null, null), 0, 50))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("P3 → P1 (reason kept on the request)"))
                .noneSatisfy(e -> assertThat(e.detail()).contains("confused"));
    }

    @Test
    void aReturningResidentIsRecognisedDespiteATypoAndTheCallIsAttachedToThem() {
        LocalDate dob = uniqueBirthday();
        String phone = uniquePhone();
        LoggedCall first = intake.logCall(newCall(resident("Margaret", "Thompson", dob, Calls.SHAW, phone),
                List.of(need(taxonomy, "Shopping", null))));

        List<ResidentMatch> matches = residents.findMatches(new MatchQuery("Margret", "Thomson",
                dob, null, null, null, null, null), 5);
        assertThat(matches).first().satisfies(m -> {
            assertThat(m.residentId()).isEqualTo(first.residentId());
            assertThat(m.strength()).isEqualTo(ResidentMatch.Strength.LIKELY);
            assertThat(m.matched()).contains("name", "date of birth");
        });
        List<ResidentMatch> byPhone = residents.findMatches(new MatchQuery("Maggie", "Thompson",
                null, "+44 " + phone.substring(1), null, null, null, null), 5);
        assertThat(byPhone).first().satisfies(m -> {
            assertThat(m.residentId()).isEqualTo(first.residentId());
            assertThat(m.matched()).contains("name", "phone");
        });

        ResidentRecord opened = residents.get(first.residentId());
        LoggedCall second = intake.logCall(Calls.returningCall(opened, List.of(need(taxonomy, "Food bank referral", null))));
        assertThat(second.residentId()).isEqualTo(first.residentId());
        ResidentHistory history = intake.history(first.residentId());
        assertThat(history.requests()).hasSize(2);
        assertThat(history.calls()).hasSize(2);
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsSaved() {
        ResidentDetails bad = resident("Peter", "Nobody", LocalDate.now(clock).plusDays(3), "not a postcode",
                "12345");
        LogCall call = newCall(bad, List.of());
        assertThatThrownBy(() -> intake.logCall(call)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsEntry("postcode", "Enter a UK postcode like OL1 1AA")
                        .containsEntry("dateOfBirth", "The date of birth cannot be in the future")
                        .containsKeys("phone", "needs"));
        ResidentDetails old = resident("Peter", "Nobody", LocalDate.now(clock).minusYears(121), Calls.SHAW, null);
        assertThatThrownBy(() -> intake.logCall(newCall(old, List.of(need(taxonomy, "Shopping", null)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("dateOfBirth")).contains("over 120"));
        assertThat(residents.findMatches(new MatchQuery("Peter", "Nobody", null, null, null,
                null, null, null), 5)).isEmpty();
    }

    @Test
    void aStaleChangeToAResidentIsRefusedSayingWhatChanged() {
        LoggedCall logged = intake.logCall(newCall(resident("Ann", "Whitworth", uniqueBirthday(), Calls.SHAW,
                uniquePhone()), List.of(need(taxonomy, "Errands", null))));
        ResidentRecord mine = residents.get(logged.residentId());
        ResidentRecord theirs = residents.get(logged.residentId());
        ResidentDetails d = theirs.details();
        residents.update(theirs, ResidentBuilder.movedTo(d, "2 New Road"), new Placement(theirs.wardCode(),
                theirs.hubId()));

        LogCall unchanged = Calls.returningCall(mine, List.of(need(taxonomy, "Shopping", null)));
        LogCall withNewPhone = new LogCall(mine, ResidentBuilder.withPhone(mine.details(), uniquePhone()), unchanged.routing(),
                unchanged.needs(), unchanged.supportNow(), null, null, true, unchanged.call(), null);
        assertThatThrownBy(() -> intake.logCall(withNewPhone))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("address line1");
        assertThat(intake.history(logged.residentId()).requests()).hasSize(1);

        intake.logCall(unchanged);
        assertThat(residents.get(logged.residentId()).details().addressLine1())
                .as("a call that changes nothing about the resident keeps the other handler's change")
                .isEqualTo("2 New Road");
    }


    @Test
    void anUnknownPostcodeNeverBlocksACallTheHandlerChoosesTheWard() {
        ResidentDetails someone = resident("Hafsa", "Begum", uniqueBirthday(), "OL1 1ZZ", uniquePhone());
        LogCall call = newCall(someone, List.of(need(taxonomy, "Digital access", null)));
        CallPreview preview = intake.preview(someone, call.routing(), call.needs(), call.supportNow());
        assertThat(preview.route().status()).isEqualTo(Route.Status.UNKNOWN_POSTCODE);

        LoggedCall logged = intake.logCall(new LogCall(null, someone, RoutingChoice.ward("E05014650"), call.needs(),
                call.supportNow(), null, null, false, call.call(), null));
        assertThat(logged.route().status()).isEqualTo(Route.Status.WARD_CHOSEN);
        assertThat(logged.needs().get(0).hubName()).isEqualTo("Central Hub");

        LoggedCall outOfArea = intake.logCall(new LogCall(null, resident("Kyle", "Stott", uniqueBirthday(), "SK1 1ZZ",
                uniquePhone()), RoutingChoice.recordOutOfArea(), call.needs(), call.supportNow(), null, null, false,
                call.call(), null));
        assertThat(outOfArea.needs().get(0).hubId()).isNull();
        assertThat(outOfArea.needs().get(0).status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(outOfArea.needs().get(0).routeStatus()).isEqualTo("OUT_OF_AREA_RECORDED");
    }

    @Test
    void aCoordinatorCannotOpenAnotherHubsResidentOrRequest() {
        LoggedCall north = intake.logCall(newCall(resident("Edna", "Kershaw", uniqueBirthday(), Calls.SHAW,
                uniquePhone()), List.of(need(taxonomy, "Shopping", null))));

        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> residents.get(north.residentId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intake.request(north.requestId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intake.history(north.residentId())).isInstanceOf(AccessDeniedException.class);
        assertThat(callbackQueue.callbacks(0, 500)).noneMatch(c -> c.requestId() == north.requestId());

        signedIn.as("coordinator");
        assertThat(residents.get(north.residentId()).name()).isEqualTo("Edna Kershaw");
        assertThat(callbackQueue.callbacks(0, 500)).anyMatch(c -> c.requestId() == north.requestId());
    }

    @Test
    void aCoordinatorOpensAResidentOfAnotherHubWhoseNeedWasSentToTheirsAndSeesOnlyThatRequest() {
        LoggedCall northOnly = intake.logCall(newCall(resident("Sally", "Sentsouth", uniqueBirthday(), Calls.SHAW,
                uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        long south = hubDirectory.hubs().stream().filter(h -> h.code().equals("SOUTH")).map(Hub::id).findFirst()
                .orElseThrow();
        ResidentRecord sally = residents.get(northOnly.residentId());
        LogCall byHand = Calls.returningCall(sally, List.of(need(taxonomy, "Befriending", null)));
        LoggedCall toSouth = intake.logCall(new LogCall(sally, sally.details(), RoutingChoice.hub(south,
                "Her daughter in Failsworth will help"), byHand.needs(), byHand.supportNow(), null, null, true,
                byHand.call(), null));
        assertThat(toSouth.needs().get(0).hubName()).isEqualTo("South Hub");

        signedIn.as("coordinator.south");
        assertThat(residents.get(northOnly.residentId()).name()).isEqualTo("Sally Sentsouth");
        assertThat(intake.history(northOnly.residentId()).requests()).extracting(HelpRequestSummary::id)
                .containsExactly(toSouth.requestId());
        assertThatThrownBy(() -> intake.request(northOnly.requestId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void partnersDirectorsAndAdminsCannotLogCallsOrReadResidents() {
        LoggedCall logged = intake.logCall(newCall(resident("Alan", "Greaves", uniqueBirthday(), Calls.SHAW,
                uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        for (String user : List.of("partner", "director", "admin")) {
            signedIn.as(user);
            assertThatThrownBy(() -> intake.logCall(newCall(resident("X", "Y", null, Calls.SHAW, null), List.of())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> residents.get(logged.residentId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> callbackQueue.callbacks(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.load()).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("handler");
        assertThatThrownBy(() -> webForm.submit(null)).as("only the web form's key may submit web forms")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCallbackQueueIsInPriorityThenAgeOrderAndCountsUnsuccessfulAttempts() {
        LoggedCall olderP3 = intake.logCall(newCall(resident("Older", "Pthree", uniqueBirthday(), Calls.SHAW,
                uniquePhone()), List.of(need(taxonomy, "Befriending", null))));
        clock.advance(Duration.ofMinutes(5));
        LoggedCall newerP1 = intake.logCall(newCall(resident("Newer", "Pone", uniqueBirthday(), Calls.SHAW,
                uniquePhone(), Vulnerability.CLINICALLY_EXTREMELY_VULNERABLE), List.of(need(taxonomy,
                        "Prescription collection", WhenNeeded.TODAY))));

        intake.logCallback(olderP3.requestId(), new CallDetails(Direction.OUTBOUND, Channel.PHONE, null,
                CallOutcome.NO_ANSWER, null));
        intake.logCallback(olderP3.requestId(), new CallDetails(Direction.OUTBOUND, Channel.PHONE, null,
                CallOutcome.VOICEMAIL, "Left a message"));

        List<Long> order = callbackQueue.callbacks(0, 1000).stream().map(CallbackItem::requestId)
                .filter(id -> id.equals(olderP3.requestId()) || id.equals(newerP1.requestId())).toList();
        assertThat(order).as("among %d callbacks waiting", callbackQueue.countCallbacks())
                .containsExactly(newerP1.requestId(), olderP3.requestId());
        CallbackItem item = callbackQueue.callbacks(0, 1000).stream().filter(c -> c.requestId() == olderP3.requestId())
                .findFirst().orElseThrow();
        assertThat(item.unsuccessfulAttempts()).isEqualTo(2);
        assertThat(item.residentName()).isEqualTo("Older Pthree");

        intake.logCallback(olderP3.requestId(), new CallDetails(Direction.OUTBOUND, Channel.PHONE, null,
                CallOutcome.SPOKE_COMPLETE, "All sorted"));
        assertThat(callbackQueue.callbacks(0, 1000)).noneMatch(c -> c.requestId() == olderP3.requestId());
    }

    @Test
    void unassignedCallbacksAreSharedLeastLoadedFirstAndCanBeReassigned() {
        for (int i = 0; i < 3; i++) {
            intake.logCall(newCall(resident("Share", "Out" + (char) ('a' + i), uniqueBirthday(), Calls.SHAW,
                    uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        }
        Map<String, Integer> given = callbackQueue.assignCallbacks(List.of("handler", "handler.two"));
        assertThat(given.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(3);
        assertThat(callbackQueue.callbacks(0, 10_000)).allMatch(c -> c.assignee() != null);

        CallbackItem one = callbackQueue.callbacks(0, 1).get(0);
        String other = "handler".equals(one.assignee()) ? "handler.two" : "handler";
        callbackQueue.reassign(one, other);
        assertThat(callbackQueue.callbacks(0, 1).get(0).assignee()).isEqualTo(other);
        assertThatThrownBy(() -> callbackQueue.reassign(one, "handler")).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> callbackQueue.assignCallbacks(List.of("director")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aHalfDoneCallIsKeptPerUserUntilItIsLogged() {
        drafts.save("{\"firstName\":\"Half\"}");
        assertThat(drafts.load()).contains("{\"firstName\":\"Half\"}");
        signedIn.as("handler.two");
        assertThat(drafts.load()).isEmpty();
        signedIn.as("handler");
        intake.logCall(newCall(resident("Half", "Done", uniqueBirthday(), Calls.SHAW, uniquePhone()),
                List.of(need(taxonomy, "Shopping", null))));
        assertThat(drafts.load()).isEmpty();
    }

    @Test
    void aMetNeedClosesTheRequestAndANotMetNeedNeedsAReason() {
        LoggedCall logged = intake.logCall(newCall(resident("Nora", "Buckley", uniqueBirthday(), Calls.SHAW,
                uniquePhone()), List.of(need(taxonomy, "Shopping", null), need(taxonomy, "Dog walking", null))));
        long shopping = logged.needs().get(0).id();
        long dog = logged.needs().get(1).id();
        assertThatThrownBy(() -> needWork.markNotMet(dog, NotMetReason.OTHER, "")).isInstanceOf(InvalidInputException.class);
        needWork.markMet(shopping, null);
        assertThat(intake.request(logged.requestId()).open()).isTrue();
        needWork.markNotMet(dog, NotMetReason.OTHER, "No volunteer dog walkers nearby");
        HelpRequestSummary request = intake.request(logged.requestId());
        assertThat(request.open()).isFalse();
        assertThat(request.callbackNeeded()).isFalse();
        assertThat(request.needs().get(1).statusReason()).isEqualTo("No volunteer dog walkers nearby");
    }

    /**
     * Royton North moves from the North hub to the West hub from a date in 2032 (so the rest of
     * the suite, in 2026, keeps the default footprints).
     */
    @Test
    void movingAWardOnItsDateMovesItsOpenRequestsAndNotItsClosedOnes() {
        clock.set(Instant.parse("2032-01-05T10:00:00Z"));
        LoggedCall open = intake.logCall(newCall(resident("Olive", "Openshaw", uniqueBirthday(),
                Calls.ROYTON_NORTH_POSTCODE, uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        LoggedCall closed = intake.logCall(newCall(resident("Clive", "Closedge", uniqueBirthday(),
                Calls.ROYTON_NORTH_POSTCODE, uniquePhone()), List.of(need(taxonomy, "Shopping", null))));
        needWork.markMet(closed.needs().get(0).id(), null);
        long north = open.route().hub().id();
        assertThat(open.route().hub().code()).isEqualTo("NORTH");

        signedIn.as("admin");
        long west = hubDirectory.hubs().stream().filter(h -> h.code().equals("WEST")).map(Hub::id).findFirst()
                .orElseThrow();
        List<WardMove> move = List.of(new WardMove(Calls.ROYTON_NORTH, west));
        assertThat(designer.preview(move).openRequestsMoving()).isEqualTo(1);
        designer.apply(move, LocalDate.of(2032, 2, 1), "Balance the North and West hubs");

        signedIn.as("handler");
        assertThat(intake.request(open.requestId()).needs().get(0).hubId()).as("not yet: the move is in February")
                .isEqualTo(north);

        clock.set(Instant.parse("2032-02-01T06:00:00Z"));
        // Intake hears of the move asynchronously, after the designer's transaction commits.
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            wardMoves.applyDueMoves();
            NeedSummary moved = intake.request(open.requestId()).needs().get(0);
            assertThat(moved.hubId()).isEqualTo(west);
            assertThat(moved.routeStatus()).isEqualTo("WARD_MOVED");
        });
        assertThat(intake.request(closed.requestId()).needs().get(0).hubId()).isEqualTo(north);
    }
}
