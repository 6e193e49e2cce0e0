package org.hubline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hubline.HublineApplication;
import org.hubline.shared.security.Role;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production configuration (the default profile) is safe by default: no demo accounts, no
 * default password, and a first admin only from the environment. Each test starts the real
 * application on a random port with a database of its own.
 */
class ProductionConfigurationTests {

    private static String freshDatabase() {
        return "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** Starts Hubline as its command line would, settings given as arguments (they win over files). */
    private static ConfigurableApplicationContext start(String url, String profile, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=" + profile,
                "--spring.datasource.url=" + url, "--server.port=0", "--spring.main.banner-mode=off"));
        for (String setting : settings) {
            args.add("--" + setting);
        }
        // Unless a test sets them, ignore any first-admin variables of the machine running the tests.
        for (String key : List.of("hubline.first-admin.username", "hubline.first-admin.password")) {
            if (List.of(settings).stream().noneMatch(s -> s.startsWith(key + "="))) {
                args.add("--" + key + "=");
            }
        }
        return new SpringApplicationBuilder(HublineApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    @Test
    void refusesToStartWithoutAnAdmin() {
        assertThatThrownBy(() -> start(freshDatabase(), "prod"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("there is no admin")
                .hasMessageContaining("HUBLINE_FIRST_ADMIN_USERNAME");
    }

    @Test
    void createsTheFirstAdminFromTheEnvironmentWhoMustChangeTheirPassword() {
        String url = freshDatabase();
        try (var app = start(url, "prod", "hubline.first-admin.username=Council.Admin",
                "hubline.first-admin.password=orange kettle harbour")) {
            var user = app.getBean(AccountUserDetailsService.class).loadUserByUsername("council.admin");
            assertThat(user.roles()).containsExactly(Role.ADMIN);
            assertThat(user.mustChangePassword()).isTrue();
        }
        // Later starts need no environment: the admin exists.
        try (var app = start(url, "prod")) {
            assertThat(app.getBean(UserAccountRepository.class).countEnabledAdmins()).isEqualTo(1);
        }
    }

    @Test
    void refusesAWeakFirstAdminPassword() {
        assertThatThrownBy(() -> start(freshDatabase(), "prod", "hubline.first-admin.username=council.admin",
                "hubline.first-admin.password=password1234"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HUBLINE_FIRST_ADMIN_PASSWORD is not acceptable");
    }

    @Test
    void refusesToStartWhileDemoAccountsExist() {
        String url = freshDatabase();
        try (var demo = start(url, "dev")) {
            assertThat(demo.getBean(UserAccountRepository.class).existsByDemoTrue()).isTrue();
        }
        assertThatThrownBy(() -> start(url, "prod", "hubline.first-admin.username=council.admin",
                "hubline.first-admin.password=orange kettle harbour"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo accounts");
    }

    @Test
    void usersCreatedInTheDemoSurviveARestartOfTheFileDatabase(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("hubline").toAbsolutePath();
        String username = "kept." + UUID.randomUUID().toString().substring(0, 6);
        try (var app = start(url, "dev")) {
            SignedIn.in(app).as("admin");
            app.getBean(UserAdministration.class).create(new UserDetailsInput(username, "Kept User", null,
                    Set.of(Role.CALL_HANDLER), Set.of(), null));
        }
        try (var app = start(url, "dev")) {
            assertThat(app.getBean(UserAccountRepository.class).existsByUsername(username)).isTrue();
        }
    }
}
