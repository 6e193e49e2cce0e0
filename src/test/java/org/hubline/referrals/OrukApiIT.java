package org.hubline.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hubline.test.AppOnRandomPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Another council system reads the partner directory over HTTP in Open Referral UK shape: paged,
 * filtered by text and need, one service by id; nothing can be written, and no sign-in is needed.
 */
@AppOnRandomPort
class OrukApiIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servicesArePagedWithTheOrukPagingFields() throws Exception {
        HttpResponse<String> page = send("GET", "/api/oruk/services?page=1&per_page=2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        assertThat(page.body()).contains("\"total_items\":", "\"total_pages\":", "\"page_number\":1", "\"size\":2",
                "\"first_page\":true", "\"last_page\":false", "\"empty\":false", "\"contents\":[")
                .doesNotContain("Set-Cookie");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void servicesAreFilteredByTextAndNeedAndReadOneByOne() throws Exception {
        HttpResponse<String> food = send("GET", "/api/oruk/services?taxonomy_term_id=FOOD&text=parcels");
        assertThat(food.body()).contains("\"name\":\"Emergency food parcels\"", "\"vocabulary\":\"hubline-needs\"")
                .doesNotContain("Telephone befriending");
        String id = food.body().replaceAll("(?s).*?\"id\":\"(hubline-service-\\d+)\".*", "$1");
        HttpResponse<String> one = send("GET", "/api/oruk/services/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"id\":\"" + id + "\"", "\"organization\":{", "\"service_areas\":[");
        assertThat(send("GET", "/api/oruk/services/hubline-service-999999").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/oruk/services?per_page=500").statusCode()).isEqualTo(400);
    }

    @Test
    void nothingCanBeWrittenThroughIt() throws Exception {
        assertThat(send("POST", "/api/oruk/services").statusCode()).isIn(401, 403, 405);
        assertThat(send("DELETE", "/api/oruk/services/hubline-service-1").statusCode()).isIn(401, 403, 405);
    }
}
