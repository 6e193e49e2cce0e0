package org.hubline.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.hubline.audit.AuditEntry;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.NeedSummary;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.ResidentSearch;
import org.hubline.residents.Residents;
import org.hubline.places.HubDirectory;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;


/**
 * Closed-loop referrals against the real database: consent before sharing, what the partner
 * sees, the partner's portal steps and the need following them, who may see which referral,
 * follow-up of referrals not accepted, and the directory in Open Referral UK shape. On H2 and
 * PostgreSQL.
 */
abstract class ReferralsIntegrationTests extends InTheDemoBorough {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Referrals referrals;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    HubDirectory hubs;
    @Autowired
    OrganisationRegister register;
    @Autowired
    Residents residentsApi;
    @Autowired
    ResidentSearch search;
    @Autowired
    org.hubline.intake.HubNeeds hubNeeds;

    long hub(String code) {
        return hubs.hubs().stream().filter(h -> h.code().equals(code)).findFirst().map(Hub::id).orElseThrow();
    }

    @BeforeEach
    void setUp() {
        signedIn.as("handler");
    }

    LoggedCall foodNeed() {
        int n = UNIQUE.incrementAndGet();
        return intake.logCall(newCall(resident("Rita", "Referral" + (char) ('a' + n % 26), LocalDate.of(1955, 1, 1)
                .plusDays(n * 13L), Calls.SHAW, "07700 98" + String.format("%04d", n)),
                List.of(need(taxonomy, "Emergency food parcel", null))));
    }

    ServiceRecord service(String name) {
        return directory.services(name, null, null, 0, 10).stream().filter(s -> s.details().name().equals(name))
                .findFirst().orElseThrow();
    }

    NeedStatus needStatus(LoggedCall call) {
        signedIn.as("handler");
        return intake.request(call.requestId()).needs().get(0).status();
    }

    @Test
    void aFoodNeedIsReferredWithConsentAndThePartnerAcceptsAndCompletesIt() {
        LoggedCall call = foodNeed();
        long needId = call.needs().get(0).id();
        List<PathwayOption> options = referrals.options(needId);
        assertThat(options.get(0).onPathway()).isTrue();
        assertThat(options.get(0).service().details().name()).isEqualTo("Emergency food parcels");
        long parcels = options.get(0).service().id();

        assertThatThrownBy(() -> referrals.refer(needId, parcels, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors().get("consent"))
                        .contains("has not consented to sharing"));
        ReferralPreview preview = referrals.preview(needId, parcels);
        assertThat(preview.consentToShare()).isFalse();
        assertThat(preview.sharedDetails()).contains("Name: Rita", "Phone: 07700", "Address: 1 Test Street",
                "Need: Food · Emergency food parcel").doesNotContain("1955", "Date of birth");

        referrals.recordConsentNow(needId, "Agreed on the call");
        ReferralSummary sent = referrals.refer(needId, parcels, "Two adults, no cooker");
        assertThat(sent.reference()).startsWith("REF-");
        assertThat(sent.sharedDetails()).contains("From the hub: Two adults, no cooker");
        assertThat(sent.history()).extracting(ReferralEvent::kind).containsExactly("SENT", "NOTICE");
        assertThat(sent.history().get(1).note()).startsWith("Email sent to referrals@foodbank.example.org")
                .contains("no personal data");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> needStatus(call) == NeedStatus.IN_PROGRESS);

        signedIn.as("partner");
        assertThat(referrals.partnerQueue(EnumSet.of(ReferralStatus.SENT))).anyMatch(r -> r.id() == sent.id());
        ReferralSummary accepted = referrals.accept(referrals.referral(sent.id()), "We'll deliver tomorrow");
        ReferralSummary done = referrals.complete(accepted, "Delivered");
        assertThat(done.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(done.history()).extracting(ReferralEvent::kind).containsExactly("SENT", "NOTICE", "ACCEPTED",
                "COMPLETED");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> needStatus(call) == NeedStatus.MET);
    }

    @Test
    void aDeclinedReferralReturnsTheNeedToTheHubWithTheReason() {
        LoggedCall call = foodNeed();
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        ReferralSummary sent = referrals.refer(needId, service("Emergency food parcels").id(), null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> needStatus(call) == NeedStatus.IN_PROGRESS);

        signedIn.as("partner");
        assertThatThrownBy(() -> referrals.decline(referrals.referral(sent.id()), " "))
                .isInstanceOf(InvalidInputException.class);
        referrals.decline(referrals.referral(sent.id()), "Outside our delivery area this week");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> needStatus(call) == NeedStatus.ROUTED);
        NeedSummary need = intake.request(call.requestId()).needs().get(0);
        assertThat(need.statusReason()).isEqualTo("Oldham Foodbank declined: Outside our delivery area this week");
    }

    @Test
    void aHubWithdrawsAReferralWithAReasonThePartnerIsToldAndTheNeedIsTheHubsAgain() {
        LoggedCall call = foodNeed();
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        ReferralSummary sent = referrals.refer(needId, service("Emergency food parcels").id(), null);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> needStatus(call) == NeedStatus.IN_PROGRESS);

        signedIn.as("coordinator");
        assertThatThrownBy(() -> referrals.withdraw(referrals.referral(sent.id()), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("note"));
        ReferralSummary withdrawn = referrals.withdraw(referrals.referral(sent.id()), "Her daughter is shopping now");
        assertThat(withdrawn.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(withdrawn.history()).extracting(ReferralEvent::kind).containsSubsequence("SENT", "NOTICE",
                "WITHDRAWN", "NOTICE");
        assertThat(withdrawn.history().get(withdrawn.history().size() - 1).note())
                .startsWith("Email sent to referrals@foodbank.example.org");
        assertThatThrownBy(() -> referrals.withdraw(sent, "Again")).isInstanceOf(RuntimeException.class);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> needStatus(call) == NeedStatus.ROUTED);

        signedIn.as("partner");
        assertThat(referrals.partnerQueue(EnumSet.of(ReferralStatus.WITHDRAWN))).anyMatch(r -> r.id() == sent.id());
        assertThatThrownBy(() -> referrals.withdraw(referrals.referral(sent.id()), "Not ours to withdraw"))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> referrals.withdraw(sent, "Not my hub")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPartnerServingOnlySomeHubsIsOfferedOnlyForTheirNeeds() {
        signedIn.as("admin");
        Organisation pantry = register.save(new Organisation(null, "Southern Pantry " + UNIQUE.incrementAndGet(),
                null, null, null, "referrals@southern.example.org", true, null, null, 0), Set.of(hub("SOUTH")));
        ServiceRecord southOnly = directory.saveService(null, new ServiceDetails(pantry.id(), "Pantry parcels "
                + UNIQUE.incrementAndGet(), null, ServiceStatus.ACTIVE, null, null, null, null, null, null, null,
                null, null, Capacity.OPEN, List.of(), hubs.hubs().stream().map(Hub::id).collect(Collectors.toSet()),
                List.of(), List.of(), Set.of("FOOD")));
        assertThatThrownBy(() -> directory.saveService(southOnly, new ServiceDetails(pantry.id(), "Sneaky link",
                null, ServiceStatus.ACTIVE, "javascript:alert(document.cookie)", null, null, null, null, null, null,
                null, null, Capacity.OPEN, List.of(), Set.of(), List.of(), List.of(), Set.of("FOOD"))))
                .as("the public directory publishes only web addresses")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("url"));
        signedIn.as("handler");
        long northNeed = foodNeed().needs().get(0).id();
        assertThat(referrals.options(northNeed)).noneMatch(o -> o.service().id() == southOnly.id());

        signedIn.as("admin");
        register.save(register.organisations().stream().filter(o -> o.id().equals(pantry.id())).findFirst()
                .orElseThrow(), Set.of(hub("SOUTH"), hub("NORTH")));
        signedIn.as("handler");
        assertThat(referrals.options(northNeed)).anyMatch(o -> o.service().id() == southOnly.id());
    }

    @Test
    void aPartnerActingOnACopySomeoneElseHasMovedOnIsToldToRefreshAndNothingChanges() {
        LoggedCall call = foodNeed();
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        ReferralSummary sent = referrals.refer(needId, service("Emergency food parcels").id(), null);

        signedIn.as("partner");
        ReferralSummary seenByBoth = referrals.referral(sent.id());
        referrals.accept(seenByBoth, "Taking it");
        assertThatThrownBy(() -> referrals.complete(seenByBoth, "Delivered"))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("changed this referral meanwhile");
        assertThatThrownBy(() -> referrals.accept(seenByBoth, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("status")).isEqualTo("This referral is accepted"));
        assertThat(referrals.referral(sent.id()).status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referrals.referral(sent.id()).history()).extracting(ReferralEvent::kind)
                .containsExactly("SENT", "NOTICE", "ACCEPTED");
    }

    @Test
    void aPartnerSeesOnlyTheirOwnOrganisationsReferralsAndHubsOnlyTheirOwn() {
        LoggedCall call = foodNeed();
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        ReferralSummary toAgeUk = referrals.refer(needId, service("Telephone befriending").id(), null);

        signedIn.as("partner");
        assertThatThrownBy(() -> referrals.referral(toAgeUk.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.accept(toAgeUk, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.comment(toAgeUk.id(), "hello")).isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.partnerQueue(EnumSet.allOf(ReferralStatus.class))).noneMatch(r -> r.id() == toAgeUk.id());
        assertThatThrownBy(() -> referrals.refer(needId, service("Emergency food parcels").id(), null))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("coordinator.south");
        assertThatThrownBy(() -> referrals.referral(toAgeUk.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.forHubs(EnumSet.allOf(ReferralStatus.class))).noneMatch(r -> r.id() == toAgeUk.id());
        signedIn.as("coordinator");
        assertThat(referrals.referral(toAgeUk.id()).organisationName()).isEqualTo("Age UK Oldham");
        signedIn.as("handler");
        assertThatThrownBy(() -> referrals.accept(toAgeUk, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReferralNotAcceptedWithinTwoWorkingDaysIsFlaggedToTheHub() {
        LoggedCall call = foodNeed();
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        ReferralSummary sent = referrals.refer(needId, service("Emergency food parcels").id(), null);
        assertThat(sent.overdue()).isFalse();
        clock.advance(Duration.ofDays(5));
        signedIn.as("coordinator");
        assertThat(referrals.forHubs(EnumSet.of(ReferralStatus.SENT))).filteredOn(r -> r.id() == sent.id())
                .singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());
    }

    @Test
    void everyReadOfAResidentsDetailsIsInTheirWhoViewedListWithItsPurpose() {
        LoggedCall call = foodNeed();
        long residentId = call.residentId();
        long needId = call.needs().get(0).id();
        ResidentRecord record = residentsApi.get(residentId);
        assertThat(search.search(record.details().phone(), 0, 10).hits()).extracting(h -> h.id()).contains(residentId);
        intake.findResidents(MatchQuery.of(record.details()));
        intake.resident(residentId);
        intake.resident(residentId);
        referrals.preview(needId, service("Emergency food parcels").id());
        referrals.recordConsentNow(needId, null);
        ReferralSummary sent = referrals.refer(needId, service("Emergency food parcels").id(), null);
        signedIn.as("partner");
        referrals.referral(sent.id());
        signedIn.as("coordinator");
        assertThat(hubNeeds.openNeeds(hub("NORTH"))).anyMatch(n -> n.residentId() == residentId);
        signedIn.as("handler");
        List<AuditEntry> viewed = residentsApi.viewings(residentId, 50);
        assertThat(viewed).extracting(AuditEntry::detail).containsOnly("Found in a search",
                "Shown as a possible match for a caller", "Attached to a call", "Previewed for a referral",
                "Read by a partner in a referral", "Listed in the helpline's or a hub's work (callbacks, needs)");
        assertThat(viewed).filteredOn(e -> e.actor().equals("coordinator")).extracting(AuditEntry::detail)
                .containsExactly("Listed in the helpline's or a hub's work (callbacks, needs)");
        assertThat(viewed).filteredOn(e -> e.detail().startsWith("Read by a partner")).extracting(AuditEntry::actor)
                .containsExactly("partner");
        assertThat(viewed).allSatisfy(e -> assertThat(e.detail()).doesNotContain(record.details().lastName()));
    }

    @Test
    void aPartnerSeesTheResidentsDetailsOnlyWhileTheyNeedThem() {
        long parcels = service("Emergency food parcels").id();
        LoggedCall declinedCall = foodNeed();
        referrals.recordConsentNow(declinedCall.needs().get(0).id(), null);
        ReferralSummary toDecline = referrals.refer(declinedCall.needs().get(0).id(), parcels, null);
        LoggedCall doneCall = foodNeed();
        referrals.recordConsentNow(doneCall.needs().get(0).id(), null);
        ReferralSummary toComplete = referrals.refer(doneCall.needs().get(0).id(), parcels, null);
        LoggedCall withdrawnConsent = foodNeed();
        referrals.recordConsentNow(withdrawnConsent.needs().get(0).id(), null);
        ReferralSummary open = referrals.refer(withdrawnConsent.needs().get(0).id(), parcels, null);

        signedIn.as("partner");
        assertThat(referrals.referral(toDecline.id()).sharedDetails()).contains("Rita");
        assertThat(referrals.decline(referrals.referral(toDecline.id()), "No capacity").sharedDetails())
                .isEqualTo(ReferralViews.CLOSED);
        ReferralSummary done = referrals.complete(referrals.accept(referrals.referral(toComplete.id()), null), null);
        assertThat(done.sharedDetails()).contains("Rita");
        clock.advance(Duration.ofDays(31));
        assertThat(referrals.referral(toComplete.id()).sharedDetails()).isEqualTo(ReferralViews.CLOSED);

        signedIn.as("handler");
        assertThat(referrals.referral(toComplete.id()).sharedDetails()).contains("Rita");
        residentsApi.recordConsentToShare(withdrawnConsent.residentId(), false, null);
        signedIn.as("partner");
        assertThat(referrals.referral(open.id()).sharedDetails()).isEqualTo(ReferralViews.NO_CONSENT);
        assertThat(referrals.partnerQueue(EnumSet.of(ReferralStatus.SENT))).filteredOn(r -> r.id() == open.id())
                .singleElement().satisfies(r -> assertThat(r.sharedDetails()).isEqualTo(ReferralViews.NO_CONSENT));
    }

    @Test
    void aCoordinatorKeepsOnlyServicesOfTheirOwnHubsAndCannotMoveOneToAnotherOrganisation() {
        signedIn.as("admin");
        Organisation larder = register.save(new Organisation(null, "North Larder " + UNIQUE.incrementAndGet(),
                null, null, null, "referrals@larder.example.org", true, null, null, 0), Set.of());
        Organisation other = register.save(new Organisation(null, "Elsewhere Trust " + UNIQUE.incrementAndGet(),
                null, null, null, "referrals@elsewhere.example.org", true, null, null, 0), Set.of());
        signedIn.as("coordinator");
        ServiceRecord north = directory.saveService(null, pantry(larder.id(), Set.of(hub("NORTH"))));
        ServiceRecord changed = directory.saveService(north, pantry(larder.id(), Set.of(hub("NORTH"))));
        assertThat(changed.version()).isGreaterThan(north.version());
        assertThatThrownBy(() -> directory.saveService(null, pantry(larder.id(), Set.of(hub("SOUTH")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("hubIds"));
        assertThatThrownBy(() -> directory.saveService(changed, pantry(other.id(), Set.of(hub("NORTH")))))
                .isInstanceOf(AccessDeniedException.class);
        ServiceRecord everyHub = service("Emergency food parcels");
        assertThatThrownBy(() -> directory.saveService(everyHub, ImportRows.withStatus(everyHub.details(),
                ServiceStatus.INACTIVE))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("hubIds"));
        signedIn.as("admin");
        assertThat(directory.saveService(changed, pantry(other.id(), Set.of(hub("SOUTH")))).organisationName())
                .isEqualTo(other.name());
    }

    private ServiceDetails pantry(long organisationId, Set<Long> hubIds) {
        return new ServiceDetails(organisationId, "Scoped pantry", null, ServiceStatus.ACTIVE, null, null, null, null,
                null, null, null, null, null, Capacity.OPEN, List.of(), hubIds, List.of(), List.of(), Set.of("FOOD"));
    }

    @Test
    void coordinatorsSetPathwaysForTheirOwnHubsOnly() {
        long north = hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow().id();
        long south = hubs.hubs().stream().filter(h -> h.code().equals("SOUTH")).findFirst().orElseThrow().id();
        long advice = service("Debt and benefits advice").id();
        signedIn.as("coordinator");
        directory.setPathway("DIGITAL", north, List.of(advice));
        assertThat(directory.pathway("DIGITAL", north)).extracting(ServiceRecord::id).containsExactly(advice);
        assertThatThrownBy(() -> directory.setPathway("DIGITAL", south, List.of(advice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.hubs()).extracting(Hub::code).contains("NORTH", "SOUTH");
        signedIn.as("handler");
        assertThatThrownBy(() -> directory.setPathway("DIGITAL", north, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.as("partner");
        assertThatThrownBy(() -> directory.hubs()).isInstanceOf(AccessDeniedException.class);
    }
}
