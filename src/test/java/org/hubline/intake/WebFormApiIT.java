package org.hubline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.residents.MatchQuery;
import org.hubline.test.AppOnRandomPort;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The council's online "ask for help" form posts to Hubline over real HTTP: requests land in the
 * callback queue with channel "web form", returning residents are recognised, bad requests get
 * a message per field, and the API is keyed, rate-limited and described in OpenAPI.
 */
@AppOnRandomPort
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebFormApiIT {

    private static final String KEY = "test-web-form-key";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext app;

    private final HttpClient http = HttpClient.newHttpClient();
    private SignedIn signedIn;

    @BeforeEach
    void demoPostcodes() {
        signedIn = SignedIn.in(app);
        Calls.ensureDemoPostcodes(signedIn, app.getBean(Routing.class), app.getBean(PostcodeImports.class));
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private HttpResponse<String> post(String json, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/web-form/help-requests")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long needId(String name) {
        return app.getBean(NeedTaxonomyStore.class).types(true).stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private static long requestId(String body) {
        return Long.parseLong(body.replaceAll("(?s).*\"reference\":\"HR-(\\d+)\".*", "$1"));
    }

    @Test
    @Order(1)
    void aRequestFromTheFormLandsInTheCallbackQueueAsAWebFormRequest() throws Exception {
        HttpResponse<String> response = post("""
                {"firstName": "Winifred", "lastName": "Webb", "dateOfBirth": "1941-05-06",
                 "addressLine1": "3 Form Street", "postcode": "ol2 9zp", "phone": "+44 7700 900555",
                 "needs": [{"needTypeId": %d, "whenNeeded": "TODAY"}, {"needTypeId": %d}],
                 "vulnerabilities": ["LIVES_ALONE"], "message": "My carer is ill",
                 "consentToHold": true, "consentToShare": true}""".formatted(needId("Prescription collection"),
                needId("Shopping")), KEY);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"priority\":\"P1\"", "reached Oldham Council's helpline",
                "call you back today", "ring 0161 496 0000").doesNotContain("Winifred");
        signedIn.as("handler");
        HelpRequestSummary request = app.getBean(CallIntake.class).request(requestId(response.body()));
        assertThat(request.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(request.callbackNeeded()).isTrue();
        assertThat(request.reasons()).startsWith("medicines needed today");
        assertThat(request.needs()).allSatisfy(n -> assertThat(n.hubName()).isEqualTo("North Hub"));
        assertThat(request.needs().get(0).detail()).contains("From the web form: My carer is ill");
        assertThat(app.getBean(CallbackQueue.class).callbacks(0, 10_000))
                .anyMatch(c -> c.requestId() == request.id() && c.residentName().equals("Winifred Webb"));
    }

    @Test
    @Order(2)
    void aReturningResidentIsRecognisedAndTheirRecordIsNotChangedByTheForm() throws Exception {
        signedIn.as("handler");
        app.getBean(CallIntake.class).logCall(Calls.newCall(aResident().called("Margaret", "Webster")
                .bornOn(LocalDate.of(1946, 6, 6)).inShaw().livingAt("1 Example Street").phone("07700 961111").build(),
                List.of(Calls.need(app.getBean(NeedTaxonomy.class), "Shopping", null))));
        signedIn.nobody();
        HttpResponse<String> response = post("""
                {"firstName": "Maggie", "lastName": "Webster", "dateOfBirth": "1946-06-06",
                 "postcode": "OL2 9ZP", "phone": "07700 961111", "addressLine1": "Somewhere else",
                 "needs": [{"needTypeId": %d}], "consentToHold": true}""".formatted(needId("Befriending")), KEY);
        assertThat(response.statusCode()).isEqualTo(201);
        signedIn.as("handler");
        CallIntake intake = app.getBean(CallIntake.class);
        HelpRequestSummary request = intake.request(requestId(response.body()));
        var margaret = intake.resident(request.residentId());
        assertThat(margaret.name()).isEqualTo("Margaret Webster");
        assertThat(margaret.details().addressLine1()).isEqualTo("1 Example Street");
    }

    @Test
    @Order(3)
    void aBadRequestGetsAMessageForEachFieldAndNothingIsSaved() throws Exception {
        HttpResponse<String> response = post("""
                {"firstName": "Ivor", "lastName": "Typo", "postcode": "not a postcode", "phone": "12345",
                 "dateOfBirth": "2099-01-01", "needs": [], "consentToHold": false}""", KEY);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"needs\":\"Choose at least one thing they need help with\"",
                "\"consentToHold\"");
        HttpResponse<String> badPostcode = post("""
                {"firstName": "Ivor", "lastName": "Typo", "postcode": "not a postcode", "phone": "12345",
                 "dateOfBirth": "2099-01-01", "needs": [{"needTypeId": %d}], "consentToHold": true}"""
                .formatted(needId("Shopping")), KEY);
        assertThat(badPostcode.statusCode()).isEqualTo(400);
        assertThat(badPostcode.body()).contains("\"postcode\":\"Enter a UK postcode like OL1 1AA\"",
                "\"dateOfBirth\":\"The date of birth cannot be in the future\"", "\"phone\"");
        assertThat(post("{not json", KEY).statusCode()).isEqualTo(400);
        signedIn.as("handler");
        assertThat(app.getBean(CallIntake.class).findResidents(new MatchQuery("Ivor", "Typo",
                null, null, null, null, null, null))).isEmpty();
    }

    @Test
    @Order(4)
    void withoutTheRightKeyTheFormIsRefused() throws Exception {
        assertThat(post("{}", null).statusCode()).isEqualTo(401);
        assertThat(post("{}", "guess").statusCode()).isEqualTo(401);
        assertThat(get("/api/web-form/needs", null).statusCode()).isEqualTo(401);
        HttpResponse<String> needs = get("/api/web-form/needs", KEY);
        assertThat(needs.statusCode()).isEqualTo(200);
        assertThat(needs.body()).contains("Prescription collection", "\"asksWhenNeeded\":true");
    }

    @Test
    @Order(5)
    void theApiIsDescribedInOpenApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/web-form/help-requests", "/api/web-form/needs",
                "WebFormSubmission", "X-Api-Key").doesNotContain("/actuator");
    }

    @Test
    @Order(6)
    void tooManyRequestsFromOneAddressAreRefusedWithRetryAfter() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 45 && (last == null || last.statusCode() != 429); i++) {
            last = get("/api/web-form/needs", KEY);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }
}
