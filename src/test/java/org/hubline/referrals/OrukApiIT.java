package org.hubline.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.hubline.test.AppOnRandomPort;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another system reads the partner directory over HTTP as Open Referral UK 3.0: every endpoint the
 * profile requires answers JSON that keeps the profile's rules, with Access-Control-Allow-Origin *
 * so a web page can call it (and only this API has that header); nothing can be written; the
 * OpenAPI description names the profile's operations and parameters; and Hubline's own feed
 * reader can read it.
 */
@AppOnRandomPort
class OrukApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    DirectoryFeeds feeds;
    @Autowired
    SignedIn signedIn;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.headers().allValues("Access-Control-Allow-Origin")).as(path).containsExactly("*");
        assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        return json.readTree(response.body());
    }

    @Test
    void everyEndpointTheProfileRequiresAnswersByItsRules() throws Exception {
        assertThat(OrukProfileRules.check(get("/api/oruk/"), OrukProfileRules.Kind.ABOUT)).isEmpty();
        assertThat(get("/api/oruk").path("version").asString()).isEqualTo("3.0");
        JsonNode services = get("/api/oruk/services?page=1&per_page=2");
        assertThat(OrukProfileRules.checkPage(services, 2, OrukProfileRules.Kind.SERVICE)).isEmpty();
        assertThat(services.path("size").asInt()).isEqualTo(2);
        String id = services.path("contents").path(0).path("id").asString();
        assertThat(OrukProfileRules.check(get("/api/oruk/services/" + id), OrukProfileRules.Kind.SERVICE)).isEmpty();
        assertThat(OrukProfileRules.checkPage(get("/api/oruk/services?full_service=true&per_page=3"), 3,
                OrukProfileRules.Kind.SERVICE)).isEmpty();
        JsonNode atLocations = get("/api/oruk/service_at_locations?per_page=5");
        assertThat(OrukProfileRules.checkPage(atLocations, 5, OrukProfileRules.Kind.SERVICE_AT_LOCATION)).isEmpty();
        String atId = atLocations.path("contents").path(0).path("id").asString();
        assertThat(OrukProfileRules.check(get("/api/oruk/service_at_locations/" + atId),
                OrukProfileRules.Kind.SERVICE_AT_LOCATION)).isEmpty();
        JsonNode taxonomies = get("/api/oruk/taxonomies");
        assertThat(OrukProfileRules.checkPage(taxonomies, 50, OrukProfileRules.Kind.TAXONOMY)).isEmpty();
        String taxonomyId = taxonomies.path("contents").path(0).path("id").asString();
        assertThat(OrukProfileRules.check(get("/api/oruk/taxonomies/" + taxonomyId), OrukProfileRules.Kind.TAXONOMY))
                .isEmpty();
        JsonNode terms = get("/api/oruk/taxonomy_terms?taxonomy_id=" + taxonomyId);
        assertThat(OrukProfileRules.checkPage(terms, 50, OrukProfileRules.Kind.TAXONOMY_TERM)).isEmpty();
        JsonNode food = terms.path("contents").valueStream().filter(t -> t.path("code").asString().equals("FOOD"))
                .findFirst().orElseThrow();
        assertThat(OrukProfileRules.check(get("/api/oruk/taxonomy_terms/" + food.path("id").asString()),
                OrukProfileRules.Kind.TAXONOMY_TERM)).isEmpty();
        JsonNode foodServices = get("/api/oruk/services?search=parcels&taxonomy_term_id=" + food.path("id").asString());
        assertThat(foodServices.path("contents").findValuesAsString("name")).contains("Emergency food parcels")
                .doesNotContain("Telephone befriending");
    }

    @Test
    void everyAnswerOfThisApiAndOnlyThisApiLetsAWebPageReadIt() throws Exception {
        for (String path : List.of("/api/oruk/services/not-published", "/api/oruk/services?per_page=0",
                "/api/oruk/no_such_endpoint")) {
            HttpResponse<String> refused = send("GET", path, "Origin", "https://council.example.gov.uk");
            assertThat(refused.statusCode()).as(path).isIn(400, 404);
            assertThat(refused.headers().allValues("Access-Control-Allow-Origin")).as(path).containsExactly("*");
            assertThat(refused.body()).as(path).contains("\"status\":").doesNotContain("<html");
        }
        HttpResponse<String> preflight = send("OPTIONS", "/api/oruk/services", "Origin",
                "https://council.example.gov.uk", "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        for (String path : List.of("/api/web-form/help-requests", "/login", "/")) {
            assertThat(send("GET", path, "Origin", "https://council.example.gov.uk").headers()
                    .firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
    }

    @Test
    void nothingCanBeWrittenThroughIt() throws Exception {
        HttpResponse<String> post = send("POST", "/api/oruk/services");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().allValues("Access-Control-Allow-Origin")).containsExactly("*");
        assertThat(send("DELETE", "/api/oruk/services/x").statusCode()).isEqualTo(405);
    }

    @Test
    void theOpenApiDescriptionNamesTheProfilesOperationsAndParameters() throws Exception {
        JsonNode api = json.readTree(send("GET", "/v3/api-docs").body());
        JsonNode paths = api.path("paths");
        assertThat(paths.path("/api/oruk/services").path("get").path("operationId").asString())
                .isEqualTo("getPaginatedListOfServices");
        assertThat(paths.path("/api/oruk/services").path("get").path("parameters").findValuesAsString("name"))
                .contains("search", "page", "per_page", "taxonomy_term_id", "taxonomy_id", "minimum_age",
                        "maximum_age", "start_time", "end_time", "day", "modified_after", "full_service")
                .doesNotContain("text");
        for (String path : List.of("/api/oruk", "/api/oruk/services/{id}", "/api/oruk/service_at_locations",
                "/api/oruk/service_at_locations/{id}", "/api/oruk/taxonomies", "/api/oruk/taxonomies/{id}",
                "/api/oruk/taxonomy_terms", "/api/oruk/taxonomy_terms/{id}")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void hublinesFeedReaderCanReadHublinesOwnApi() throws Exception {
        signedIn.as("admin");
        try {
            DirectoryFeed own = feeds.register("This Hubline, read over HTTP", "http://localhost:" + port + "/api/oruk");
            FeedPreview preview = feeds.preview(own.id());
            assertThat(preview.problem()).isNull();
            assertThat(preview.totalServices()).isEqualTo(get("/api/oruk/services").path("total_items").asInt());
            assertThat(preview.firstServices()).isNotEmpty();
            feeds.setActive(own, false);
        } finally {
            signedIn.nobody();
        }
    }
}
