package org.hubline.accounts;

import java.time.Clock;
import java.util.Set;

import org.hubline.shared.security.Role;
import org.hubline.shared.security.RunAs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts with a published password for a demonstration, marked as demo accounts so that the
 * production configuration refuses to start while any exist ({@link FirstAdminSetup}). The bean
 * exists only with {@code hubline.demo-data.enabled=true}, and only the demo set-up may call it.
 */
@Service
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
public class DemoAccountSetup {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccountSetup(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Adds the demo account unless one with the username exists; returns whether it was added. */
    @PreAuthorize("hasAuthority('" + RunAs.DEMO_SETUP + "')")
    @Transactional
    public boolean add(String username, String displayName, Role role, Set<Long> hubIds, Long partnerId,
            String password) {
        if (accounts.existsByUsername(username)) {
            return false;
        }
        UserAccount account = UserAccount.create(username, displayName, username + "@demo.hubline.invalid",
                encoder.encode(password), false, clock.instant());
        account.assign(Set.of(role), hubIds, partnerId, clock.instant());
        account.markDemo();
        accounts.save(account);
        return true;
    }
}
