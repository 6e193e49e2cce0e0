package org.hubline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hubline.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every migration in db-migrations/ applies cleanly, from the jar's classpath location. */
abstract class MigrationsIntegrationTests {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsApplied() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(flyway.getConfiguration().getLocations()).extracting(Object::toString)
                .containsExactly("classpath:db/migration");
    }

    @Test
    void theFiveDefaultHubsExist() {
        assertThat(jdbc.sql("SELECT code FROM hub ORDER BY code").query(String.class).list())
                .containsExactly("CENTRAL", "EAST", "NORTH", "SOUTH", "WEST");
    }

    @Test
    void demoAccountsExistOnePerRole() {
        assertThat(jdbc.sql("SELECT DISTINCT r.role FROM user_account u JOIN user_account_role r "
                + "ON r.user_account_id = u.id WHERE u.demo = TRUE").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void everyOrganisationAndServiceHasItsOwnPublicUuidAndANewOneCannotGoWithout() {
        for (String table : java.util.List.of("partner_organisation", "partner_service")) {
            var ids = jdbc.sql("SELECT public_id FROM " + table).query(String.class).list();
            assertThat(ids).allSatisfy(id -> assertThat(java.util.UUID.fromString(id).toString()).isEqualTo(id))
                    .doesNotHaveDuplicates();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_organisation").query(Integer.class).single()).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "INSERT INTO partner_organisation (name, active) VALUES ('No public id', TRUE)").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
