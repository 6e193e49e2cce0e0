package org.hubline.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hubline.places.HubDirectory;
import org.hubline.referrals.OrukProfileRules.Kind;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import tools.jackson.databind.JsonNode;

/**
 * Another system reads the partner directory as Open Referral UK 3.0: every object it is given
 * keeps the profile's rules, for a service with every field filled and for one with the least a
 * service can have; the profile's filters narrow the listing; nothing internal or personal is
 * published. An admin's export can be imported again.
 */
abstract class OpenReferralUkIntegrationTests extends InTheDemoBorough {

    @Autowired
    OrukDirectory oruk;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    OrganisationRegister register;
    @Autowired
    HubDirectory hubs;

    ServiceRecord fullService() {
        signedIn.as("admin");
        return new DirectoryExamples(directory, register, hubs).fullService();
    }

    ServiceRecord minimalService() {
        signedIn.as("admin");
        return new DirectoryExamples(directory, register, hubs).minimalService();
    }

    @Test
    void everyPublishedObjectKeepsTheProfilesRulesWithEveryFieldOrTheLeast() {
        ServiceRecord full = fullService();
        ServiceRecord bare = minimalService();
        signedIn.nobody();
        for (ServiceRecord r : List.of(full, bare)) {
            JsonNode service = oruk.service(r.publicId());
            assertThat(OrukProfileRules.check(service, Kind.SERVICE)).isEmpty();
            assertThat(service.path("id").asString()).isEqualTo(r.publicId());
        }
        JsonNode page = oruk.services(OrukQuery.ALL, 1, 5, false);
        assertThat(OrukProfileRules.checkPage(page, 5, Kind.SERVICE)).isEmpty();
        JsonNode fullPage = oruk.services(OrukQuery.ALL, 2, 3, true);
        assertThat(OrukProfileRules.checkPage(fullPage, 3, Kind.SERVICE)).isEmpty();
        JsonNode atLocations = oruk.serviceAtLocations(OrukQuery.ALL, 1, 200);
        assertThat(OrukProfileRules.checkPage(atLocations, 200, Kind.SERVICE_AT_LOCATION)).isEmpty();
        String atId = oruk.service(full.publicId()).path("service_at_locations").path(0).path("id").asString();
        assertThat(OrukProfileRules.check(oruk.serviceAtLocation(atId), Kind.SERVICE_AT_LOCATION)).isEmpty();
        assertThat(OrukProfileRules.checkPage(oruk.taxonomies(1, 50), 50, Kind.TAXONOMY)).isEmpty();
        assertThat(OrukProfileRules.checkPage(oruk.taxonomyTerms(null, 1, 50), 50, Kind.TAXONOMY_TERM)).isEmpty();
        String taxonomyId = oruk.taxonomies(1, 50).path("contents").path(0).path("id").asString();
        assertThat(OrukProfileRules.check(oruk.taxonomy(taxonomyId), Kind.TAXONOMY)).isEmpty();
        String termId = oruk.taxonomyTerms(null, 1, 50).path("contents").path(0).path("id").asString();
        assertThat(OrukProfileRules.check(oruk.taxonomyTerm(termId), Kind.TAXONOMY_TERM)).isEmpty();
        assertThat(OrukProfileRules.check(oruk.about(), Kind.ABOUT)).isEmpty();
    }

    @Test
    void theRulesThemselvesCatchWhatTheProfileForbids() {
        ServiceRecord bare = minimalService();
        signedIn.nobody();
        JsonNode service = oruk.service(bare.publicId()).deepCopy();
        ((tools.jackson.databind.node.ObjectNode) service).putNull("email");
        ((tools.jackson.databind.node.ObjectNode) service).put("id", "hubline-service-3");
        ((tools.jackson.databind.node.ObjectNode) service).remove("url");
        assertThat(OrukProfileRules.check(service, Kind.SERVICE)).containsExactlyInAnyOrder(
                "service.email is null: leave it out instead",
                "service.id must be uuid, not \"hubline-service-3\"", "service.url is required");
    }

    @Test
    void aServiceIsPublishedWithWhatTheProfileRequiresWhereTheDirectoryHoldsNothing() {
        ServiceRecord bare = minimalService();
        signedIn.nobody();
        JsonNode service = oruk.service(bare.publicId());
        assertThat(service.path("url").asString()).endsWith("/api/oruk/services/" + bare.publicId());
        assertThat(service.path("organization").path("description").asString()).isEqualTo(bare.organisationName());
        assertThat(service.has("email")).isFalse();
        assertThat(service.has("minimum_age")).isFalse();
        assertThat(service.toString()).doesNotContain("null");
    }

    @Test
    void onlyContactsMarkedPublicAreNamedAndNoInternalIdIsPublished() {
        ServiceRecord full = fullService();
        signedIn.nobody();
        JsonNode service = oruk.service(full.publicId());
        assertThat(service.path("contacts").findValuesAsString("name")).containsExactly("Referrals desk");
        assertThat(service.toString()).doesNotContain("Private Person", "private@fullfields", "07700 900111",
                "hubline-service-", "\"id\":\"" + full.id() + "\"");
        JsonNode address = service.path("service_at_locations").path(0).path("location").path("addresses").path(0);
        assertThat(address.path("state_province").asString()).isEqualTo("Greater Manchester");
        assertThat(service.path("service_at_locations").path(0).path("location").path("external_identifier_type")
                .asString()).isEqualTo("UPRN");
        assertThat(oruk.service(full.publicId()).path("attributes").findValuesAsString("id"))
                .isEqualTo(service.path("attributes").findValuesAsString("id"));
    }

    @Test
    void theListingIsNarrowedByTheProfilesFilters() {
        ServiceRecord full = fullService();
        signedIn.nobody();
        String name = full.details().name();
        String food = oruk.taxonomyTerms(null, 1, 200).path("contents").valueStream()
                .filter(t -> t.path("code").asString().equals("FOOD")).findFirst().orElseThrow().path("id").asString();
        assertThat(names(OrukQuery.of(name, food, null, null, null, null, null, null, null))).containsExactly(name);
        assertThat(names(OrukQuery.of(name, null, null, "60", "110", "09:00", "17:00", "we", null))).containsExactly(name);
        assertThat(names(OrukQuery.of(name, null, null, "61", null, null, null, null, null))).isEmpty();
        assertThat(names(OrukQuery.of(name, null, null, null, "100", null, null, null, null))).isEmpty();
        assertThat(names(OrukQuery.of(name, null, null, null, null, "10:00", null, null, null))).isEmpty();
        assertThat(names(OrukQuery.of(name, null, null, null, null, null, "15:00", null, null))).isEmpty();
        assertThat(names(OrukQuery.of(name, null, null, null, null, null, null, "FR", null))).isEmpty();
        assertThat(names(OrukQuery.of(name, "no-such-term", null, null, null, null, null, null, null))).isEmpty();
        String needs = OrukWriter.taxonomyId(OrukWriter.NEEDS);
        assertThat(names(OrukQuery.of(name, null, needs, null, null, null, null, null, null))).containsExactly(name);
        assertThat(names(OrukQuery.of(name, null, "unknown", null, null, null, null, null, null))).isEmpty();
        String later = clock.instant().plusSeconds(3600).toString();
        assertThat(names(OrukQuery.of(name, null, null, null, null, null, null, null, later))).isEmpty();
        assertThat(names(OrukQuery.of(name, null, null, null, null, null, null, null,
                clock.instant().minusSeconds(3600).toString()))).containsExactly(name);
        assertThatThrownBy(() -> OrukQuery.of(null, null, null, "old", null, "9am", null, "Monday", "yesterday"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().keySet())
                        .containsExactlyInAnyOrder("minimum_age", "start_time", "day", "modified_after"));
    }

    private List<String> names(OrukQuery query) {
        return oruk.services(query, 1, 50, false).path("contents").valueStream().map(s -> s.path("name").asString())
                .toList();
    }

    @Test
    void pagesAreBoundedAndAPagePastTheEndIsEmpty() {
        signedIn.nobody();
        JsonNode past = oruk.services(OrukQuery.ALL, Integer.MAX_VALUE, 200, false);
        assertThat(past.path("empty").asBoolean()).isTrue();
        assertThat(past.path("last_page").asBoolean()).isTrue();
        assertThatThrownBy(() -> oruk.services(OrukQuery.ALL, 0, 10, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> oruk.taxonomyTerms(null, 1, 201)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> oruk.service("not-a-published-id")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAdminsExportCanBeImportedAgainAndABadImportChangesNothing() {
        fullService();
        signedIn.as("admin");
        JsonNode exported = oruk.exportAll();
        int own = exported.path("total_items").asInt();
        int all = directory.countServices(null, null, null);
        ImportReport report = directory.importOruk(exported.toString());
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isEqualTo(own);
        assertThat(directory.countServices(null, null, null)).isEqualTo(all + own);
        assertThat(oruk.exportAll().path("total_items").asInt()).isEqualTo(2 * own);
        ImportReport bad = directory.importOruk("""
                [{"name": "Good", "organization": {"name": "Org"}, "status": "active"},
                 {"name": "Bad", "organization": {"name": "Org"}, "status": "open for business",
                  "service_areas": [{"name": "Atlantis Hub"}]}]""");
        assertThat(bad.imported()).isZero();
        assertThat(bad.problems()).containsExactly(
                "service 2 (Bad): status must be active, inactive, defunct or temporarily closed",
                "service 2 (Bad): service area 'Atlantis Hub' is not one of the hubs");
        assertThat(directory.countServices("Good", null, null)).isZero();
        assertThat(directory.importOruk("not json").problems()).singleElement()
                .satisfies(p -> assertThat(p).startsWith("This is not JSON"));
    }

    @Test
    void onlyStaffWhoKeepTheDirectoryMayExportIt() {
        signedIn.as("handler");
        assertThatThrownBy(() -> oruk.exportAll()).isInstanceOf(AccessDeniedException.class);
        signedIn.as("coordinator");
        assertThat(oruk.exportAll().path("total_items").asInt()).isPositive();
    }
}
