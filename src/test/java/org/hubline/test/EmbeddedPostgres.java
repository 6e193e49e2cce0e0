package org.hubline.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** One real PostgreSQL server for the whole test run, stopped when the JVM exits. */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server;
    }

    /** A JDBC URL for a database of the shared server (created if needed). */
    public static synchronized String jdbcUrl(String database) {
        var pg = server();
        if (!"postgres".equals(database)) {
            try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement();
                    var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + database);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return pg.getJdbcUrl("postgres", database);
    }

    /** Points the application's datasource at the shared server. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + jdbcUrl("hubline"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres",
                    // The server may stop before this context closes at JVM exit: give up quickly then.
                    "spring.datasource.hikari.connection-timeout=2000").applyTo(context.getEnvironment());
        }
    }
}
