package org.hubline.accounts;

import java.time.Clock;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production start-up guard. Without demo data (the production configuration) Hubline refuses to
 * start while a demo account exists, and needs an admin: on a new database the first admin is
 * created from {@code HUBLINE_FIRST_ADMIN_USERNAME} / {@code HUBLINE_FIRST_ADMIN_PASSWORD} (the
 * password must be changed at first sign-in); without them it refuses to start.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "false", matchIfMissing = true)
@Order(0)
class FirstAdminSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String displayName;
    private final String email;

    FirstAdminSetup(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock,
            @Value("${hubline.first-admin.username:}") String username,
            @Value("${hubline.first-admin.password:}") String password,
            @Value("${hubline.first-admin.display-name:Administrator}") String displayName,
            @Value("${hubline.first-admin.email:}") String email) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.username = AccountRules.normaliseUsername(username);
        this.password = password;
        this.displayName = displayName;
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByDemoTrue()) {
            throw new IllegalStateException("Refusing to start in the production configuration: the database "
                    + "holds demo accounts (with a published password). Delete them, or run with the dev profile "
                    + "for a demo. See README, 'Production'.");
        }
        if (accounts.countEnabledAdmins() > 0) {
            if (username != null && !username.isBlank()) {
                log.info("An admin exists already: HUBLINE_FIRST_ADMIN_* is ignored and can be removed.");
            }
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException("Refusing to start: there is no admin. For a new database set "
                    + "HUBLINE_FIRST_ADMIN_USERNAME and HUBLINE_FIRST_ADMIN_PASSWORD (see README, 'Production').");
        }
        PasswordPolicy.problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("Refusing to start: HUBLINE_FIRST_ADMIN_PASSWORD is not acceptable: "
                    + problem + ".");
        });
        if (accounts.existsByUsername(username)) {
            throw new IllegalStateException("Refusing to start: HUBLINE_FIRST_ADMIN_USERNAME '" + username
                    + "' belongs to an existing user who is not an enabled admin. Choose another username.");
        }
        UserAccount admin = UserAccount.create(username, displayName, email, encoder.encode(password), true,
                clock.instant());
        admin.assign(Set.of(Role.ADMIN), Set.of(), null, clock.instant());
        admin = accounts.save(admin);
        audit.record(AccountsAudit.FIRST_ADMIN_CREATED, AccountsAudit.RECORD_TYPE, admin.id(),
                "First admin " + username + " created from the environment");
        log.info("Created the first admin '{}'. They must choose a new password at first sign-in.", username);
    }
}
