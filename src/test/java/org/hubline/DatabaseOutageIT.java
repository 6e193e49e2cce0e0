package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.hubline.test.ApplicationSecurityContextListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The database goes away under the APIs: a client is told truthfully, with 503 and when to try
 * again, in JSON, well within its own 20-second timeout (the pool gives up after 3 seconds); never
 * sent to the sign-in page. This application has a PostgreSQL server of its own, stopped here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = ApplicationSecurityContextListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@ContextConfiguration(initializers = DatabaseOutageIT.OwnPostgres.class)
class DatabaseOutageIT {

    private static EmbeddedPostgres server;

    /** A PostgreSQL server for this application alone, so stopping it harms no other test. */
    static class OwnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of("spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                    "spring.datasource.hikari.connection-timeout=3000",
                    "spring.datasource.hikari.data-source-properties.connectTimeout=3")
                    .applyTo(context.getEnvironment());
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("X-Api-Key", "test-web-form-key").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stopTheServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withTheDatabaseStoppedAnApiClientIsToldWithinSecondsToTryAgainLater() throws Exception {
        assertThat(get("/api/oruk/services").statusCode()).isEqualTo(200);
        assertThat(get("/api/web-form/needs").statusCode()).isEqualTo(200);

        server.close();
        HttpResponse<String> directory = get("/api/oruk/services");
        HttpResponse<String> needs = get("/api/web-form/needs");

        for (HttpResponse<String> response : List.of(directory, needs)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/problem+json"));
            assertThat(response.body()).contains("cannot reach its database");
        }
        server = null;
    }
}
