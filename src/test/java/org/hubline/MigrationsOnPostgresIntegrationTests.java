package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import org.hubline.test.PostgresTest;
import org.junit.jupiter.api.Test;

@PostgresTest
class MigrationsOnPostgresIntegrationTests extends MigrationsIntegrationTests {

    @Test
    void runsOnARealPostgresServer() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
