package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.hubline.test.AppOnRandomPort;
import org.hubline.test.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a council's monitoring sees: health is open, metrics are for the monitoring system's token only. */
@AppOnRandomPort
class OperationsEndpointsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            String credentials = username + ":" + DemoUsers.PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLoadBalancerReadsHealthWithoutSigningIn() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private long signIns() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN'").query(Long.class).single();
    }

    private HttpResponse<String> withToken(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsAreRefusedToAnonymousCallersAWrongTokenAndEveryPersonsAccount() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(withToken("/actuator/prometheus", "not-the-token").statusCode()).isEqualTo(401);
        for (String person : List.of("admin", "handler", "director")) {
            assertThat(get("/actuator/metrics", person).statusCode()).as(person).isEqualTo(401);
        }
    }

    @Test
    void theMonitoringSystemScrapesPrometheusMetricsWithItsTokenWithoutSigningAnyoneIn() throws Exception {
        long signIns = signIns();
        HttpResponse<String> metrics = withToken("/actuator/prometheus", "test-metrics-token");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(withToken("/actuator/health", "test-metrics-token").body()).contains("\"components\"");
        assertThat(signIns()).isEqualTo(signIns);
    }
}
