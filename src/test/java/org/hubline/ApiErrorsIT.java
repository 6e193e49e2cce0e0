package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hubline.test.AppOnRandomPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An API client is always told the truth in JSON: a path that is not there is 404, a page far past
 * the last is empty, a parameter that is not a number is 400, an oversized body is 413, too long a
 * list of needs is 400 naming the field, a write to the read-only directory is 405; never a
 * redirect to the sign-in page, never the application's HTML page.
 */
@AppOnRandomPort
class ApiErrorsIT {

    private static final String KEY = "test-web-form-key";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Api-Key", KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void isProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).doesNotContain("<html", "<!doctype");
    }

    @Test
    void aPathThatIsNotThereIs404InJsonNotTheAppsPage() throws Exception {
        isProblem(send("GET", "/api/oruk/taxonomies/not-one-of-ours", null), 404);
        isProblem(send("GET", "/api/oruk/no_such_endpoint", null), 404);
        isProblem(send("GET", "/api/nothing-here", null), 404);
        isProblem(send("GET", "/api/web-form/nothing-here", null), 404);
    }

    @Test
    void aPageFarPastTheLastIsEmptyAndANonNumberIsRefused() throws Exception {
        HttpResponse<String> far = send("GET", "/api/oruk/services?page=2147483647", null);
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("\"contents\":[]", "\"empty\":true");
        isProblem(send("GET", "/api/oruk/services?page=many", null), 400);
        isProblem(send("GET", "/api/oruk/services?per_page=100000", null), 400);
    }

    @Test
    void anOversizedBodyIs413AndTooManyNeedsIs400NamingTheField() throws Exception {
        HttpResponse<String> huge = send("POST", "/api/web-form/help-requests", "{\"firstName\": \""
                + "x".repeat(70_000) + "\"}");
        isProblem(huge, 413);
        assertThat(huge.body()).contains("at most 65536 bytes");

        StringBuilder needs = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            needs.append(i == 0 ? "" : ",").append("{\"needTypeId\": 1}");
        }
        HttpResponse<String> many = send("POST", "/api/web-form/help-requests", """
                {"firstName": "Manny", "lastName": "Needs", "postcode": "OL2 9ZP", "consentToHold": true,
                 "needs": [%s]}""".formatted(needs));
        isProblem(many, 400);
        assertThat(many.body()).contains("\"needs\":\"At most 20 needs in one request\"");
    }

    @Test
    void theDirectoryIsReadOnlyAndSaysSo() throws Exception {
        HttpResponse<String> delete = send("DELETE", "/api/oruk/services", null);
        isProblem(delete, 405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
    }
}
