package org.hubline.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An admin reads a neighbouring directory's Open Referral UK feed into the partner directory:
 * preview, refresh, changes and withdrawals applied on the next refresh, nothing changed when a
 * page fails or a service cannot be read; the services are read-only here, are not republished,
 * and coordinators can put them in their pathways.
 */
abstract class DirectoryFeedsIntegrationTests extends InTheDemoBorough {

    @Autowired
    DirectoryFeeds feeds;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    OrukDirectory oruk;
    @Autowired
    HubDirectory hubs;
    @Autowired
    OrganisationRegister register;

    private static String service(String id, String name, String status, String description) {
        return """
                {"id": "%s", "name": "%s", "status": "%s", "url": "https://rochdale.example.org/%s",
                 "description": "%s",
                 "organization": {"id": "7d9f4f0e-8a51-4c3e-9c62-1d2b3c4d5e6f", "name": "Rochdale Warm Welcome",
                                  "description": "A neighbouring council's partners"},
                 "service_areas": [{"id": "%s", "name": "Rochdale"}],
                 "attributes": [
                   {"id": "%s", "taxonomy_term": {"id": "%s", "taxonomy": "esd", "code": "799", "name": "Warm spaces"}},
                   {"id": "%s", "taxonomy_term": {"id": "%s", "taxonomy": "hubline-needs", "code": "FUEL"}}],
                 "contacts": [{"id": "%s", "name": "Front desk"}],
                 "schedules": [{"id": "%s", "freq": "WEEKLY", "byday": "TU,TH", "opens_at": "10:00", "closes_at": "15:00"}]}
                """.formatted(id, name, status, id, description, uuid(), uuid(), uuid(), uuid(), uuid(), uuid(),
                uuid());
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private DirectoryFeed registered(FeedFixture fixture, String name) {
        signedIn.as("admin");
        return feeds.register(name, fixture.baseUrl() + "/services/");
    }

    private List<ServiceRecord> fromFeed(String text) {
        return directory.services(text, null, null, 0, 50).stream().filter(ServiceRecord::fromFeed).toList();
    }

    @Test
    void anAdminPreviewsAndReadsAFeedAndItsChangesAndWithdrawalsOnTheNextRefresh() throws Exception {
        try (FeedFixture fixture = new FeedFixture(2)) {
            String warm = uuid();
            String lunch = uuid();
            String advice = uuid();
            fixture.publish(warm, service(warm, "Warm space at the library", "active", "Heated room"));
            fixture.publish(lunch, service(lunch, "Lunch club at the library", "active", "Hot meals"));
            fixture.publish(advice, service(advice, "Energy advice at the library", "active", "Bills"));
            DirectoryFeed feed = registered(fixture, "Rochdale directory");
            assertThat(feed.baseUrl()).isEqualTo(fixture.baseUrl());

            FeedPreview preview = feeds.preview(feed.id());
            assertThat(preview.problem()).isNull();
            assertThat(preview.totalServices()).isEqualTo(3);
            assertThat(preview.firstServices()).containsExactly("Warm space at the library",
                    "Lunch club at the library");
            assertThat(fromFeed("at the library")).isEmpty();

            FeedReport first = feeds.refresh(feed.id());
            assertThat(first.problems()).isEmpty();
            assertThat(first.added()).isEqualTo(3);
            List<ServiceRecord> read = fromFeed("at the library");
            assertThat(read).hasSize(3).allSatisfy(r -> {
                assertThat(r.source()).isEqualTo("Rochdale directory");
                assertThat(r.organisationName()).isEqualTo("Rochdale Warm Welcome");
                assertThat(r.details().needCategories()).containsExactly("FUEL");
                assertThat(r.details().hubIds()).isEmpty();
            });

            fixture.publish(lunch, service(lunch, "Lunch club at the library", "temporarily closed", "Hot meals"));
            fixture.withdraw(advice);
            FeedReport second = feeds.refresh(feed.id());
            assertThat(second).isEqualTo(new FeedReport(0, 1, 1, 1, List.of()));
            assertThat(fromFeed("Lunch club at the library")).singleElement()
                    .satisfies(r -> assertThat(r.details().status()).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED));
            assertThat(fromFeed("Energy advice at the library")).singleElement()
                    .satisfies(r -> assertThat(r.details().status()).isEqualTo(ServiceStatus.INACTIVE));
            assertThat(feeds.feeds()).filteredOn(f -> f.id() == feed.id()).singleElement().satisfies(f -> {
                assertThat(f.outcome()).isEqualTo("REFRESHED");
                assertThat(f.report()).isEqualTo("0 added, 1 changed, 1 unchanged, 1 withdrawn");
            });
            assertThat(feeds.refresh(feed.id())).isEqualTo(new FeedReport(0, 0, 2, 0, List.of()));
        }
    }

    @Test
    void hublinesOwnPublishedServiceReadsBackAsTheSameService() throws Exception {
        signedIn.as("admin");
        ServiceRecord original = new DirectoryExamples(directory, register, hubs).fullService();
        signedIn.nobody();
        String published = oruk.service(original.publicId()).toString();
        try (FeedFixture fixture = new FeedFixture(10)) {
            fixture.publish(original.publicId(), published);
            DirectoryFeed feed = registered(fixture, "Hubline of a neighbour");
            assertThat(feeds.refresh(feed.id()).added()).isEqualTo(1);
        }
        ServiceRecord copy = fromFeed(original.details().name()).get(0);
        assertThat(copy.organisationName()).isEqualTo(original.organisationName());
        assertThat(copy.details()).usingRecursiveComparison().ignoringFields("organisationId", "contacts")
                .isEqualTo(original.details());
        assertThat(copy.details().contacts()).extracting(ServiceDetails.Contact::name)
                .containsExactly("Referrals desk");
    }

    @Test
    void aFailedPageOrAnUnreadableServiceChangesNothingAndSaysWhy() throws Exception {
        try (FeedFixture fixture = new FeedFixture(1)) {
            String one = uuid();
            String two = uuid();
            fixture.publish(one, service(one, "Pantry one for failures", "active", "Food"));
            fixture.publish(two, service(two, "Pantry two for failures", "active", "Food"));
            DirectoryFeed feed = registered(fixture, "Failing directory");
            assertThat(feeds.refresh(feed.id()).added()).isEqualTo(2);

            fixture.publish(one, service(one, "Pantry one for failures", "defunct", "Closed for good"));
            fixture.failPage(2);
            FeedReport failed = feeds.refresh(feed.id());
            assertThat(failed.succeeded()).isFalse();
            assertThat(failed.problems()).singleElement().satisfies(p -> assertThat(p).contains("answered 500"));
            assertThat(fromFeed("Pantry one for failures")).singleElement()
                    .satisfies(r -> assertThat(r.details().status()).isEqualTo(ServiceStatus.ACTIVE));
            assertThat(feeds.feeds()).filteredOn(f -> f.id() == feed.id()).singleElement()
                    .satisfies(f -> assertThat(f.outcome()).isEqualTo("FAILED"));

            fixture.failPage(-1);
            fixture.publish(two, service(two, "Pantry two for failures", "open all hours", "Food"));
            FeedReport unreadable = feeds.refresh(feed.id());
            assertThat(unreadable.problems()).containsExactly("service 2 (Pantry two for failures): status must be "
                    + "active, inactive, defunct or temporarily closed");
            assertThat(fromFeed("Pantry one for failures")).singleElement()
                    .satisfies(r -> assertThat(r.details().status()).isEqualTo(ServiceStatus.ACTIVE));

            signedIn.as("admin");
            assertThat(feeds.preview(registered(new FeedFixtureGone(), "Gone directory").id()).problem())
                    .contains("could not be reached");
        }
    }

    @Test
    void servicesFromAFeedAreReadOnlyNotRepublishedAndCanJoinAPathway() throws Exception {
        try (FeedFixture fixture = new FeedFixture(10)) {
            String id = uuid();
            fixture.publish(id, service(id, "Warm hub for pathways", "active", "Heated room"));
            DirectoryFeed feed = registered(fixture, "Pathway directory");
            feeds.refresh(feed.id());
            ServiceRecord read = fromFeed("Warm hub for pathways").get(0);
            assertThatThrownBy(() -> directory.saveService(read, read.details()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("service"))
                            .contains("comes from another directory's feed"));
            signedIn.nobody();
            assertThat(oruk.services(OrukQuery.of("Warm hub for pathways", null, null, null, null, null, null, null,
                    null), 1, 10, false).path("total_items").asInt()).isZero();
            assertThatThrownBy(() -> oruk.service(read.publicId())).isInstanceOf(InvalidInputException.class);
            long north = hubs.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().map(Hub::id)
                    .orElseThrow();
            signedIn.as("coordinator");
            directory.setPathway("FUEL", north, List.of(read.id()));
            assertThat(directory.pathway("FUEL", north)).extracting(ServiceRecord::id).containsExactly(read.id());
        }
    }

    @Test
    void aFeedIsRegisteredOnceWithAWebAddressAndOnlyByAnAdmin() throws Exception {
        try (FeedFixture fixture = new FeedFixture(10)) {
            registered(fixture, "Once only directory");
            assertThatThrownBy(() -> feeds.register("Again", fixture.baseUrl()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("baseUrl"))
                            .isEqualTo("This feed is already registered"));
            assertThatThrownBy(() -> feeds.register("", "javascript:alert(1)"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().keySet())
                            .containsExactlyInAnyOrder("name", "baseUrl"));
            for (String role : List.of("coordinator", "handler", "director")) {
                signedIn.as(role);
                assertThatThrownBy(() -> feeds.feeds()).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> feeds.register("Mine", "https://x.example.org/api"))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> feeds.refresh(1)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> feeds.preview(1)).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    /** A feed address where nothing listens. */
    private static final class FeedFixtureGone extends FeedFixture {
        FeedFixtureGone() throws java.io.IOException {
            super(1);
            close();
        }
    }
}
