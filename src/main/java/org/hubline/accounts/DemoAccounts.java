package org.hubline.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts, one per role, for the developer's demo and the tests. Only with
 * {@code hubline.demo-data.enabled=true} (the dev and test profiles); the production
 * configuration refuses to start while any of them exist.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    /** The demo accounts' shared password, printed in the README. */
    static final String DEMO_PASSWORD = "hubline-demo-2026";
    static final String DEMO_PARTNER_ORGANISATION = "Oldham Foodbank";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, Role role, List<String> hubCodes, boolean partner) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("handler", "Hana Handler", Role.CALL_HANDLER, List.of(), false),
            new Demo("handler.two", "Harry Helpline", Role.CALL_HANDLER, List.of(), false),
            new Demo("coordinator", "Colin Coordinator", Role.HUB_COORDINATOR, List.of("NORTH", "CENTRAL"), false),
            new Demo("coordinator.south", "Sara South", Role.HUB_COORDINATOR, List.of("SOUTH"), false),
            new Demo("partner", "Pat Partner", Role.PARTNER, List.of(), true),
            new Demo("director", "Dee Director", Role.STRATEGIC_DIRECTOR, List.of(), false),
            new Demo("admin", "Ada Admin", Role.ADMIN, List.of(), false));

    private final UserAccountRepository accounts;
    private final HubDirectory hubs;
    private final PartnerOrganisations partners;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, HubDirectory hubs, PartnerOrganisations partners,
            PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.hubs = hubs;
        this.partners = partners;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, Long> hubIds = hubs.hubs().stream().collect(Collectors.toMap(Hub::code, Hub::id));
        Long partnerId = partners.all().stream().filter(p -> p.name().equals(DEMO_PARTNER_ORGANISATION))
                .map(PartnerOrganisationRef::id).findFirst().orElse(null);
        String hash = encoder.encode(DEMO_PASSWORD);
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            if (accounts.existsByUsername(demo.username())) {
                continue;
            }
            UserAccount account = UserAccount.create(demo.username(), demo.displayName(),
                    demo.username() + "@demo.hubline.invalid", hash, false, clock.instant());
            Set<Long> memberOf = demo.hubCodes().stream().map(hubIds::get).collect(Collectors.toSet());
            account.assign(Set.of(demo.role()), memberOf, demo.partner() ? partnerId : null, clock.instant());
            account.markDemo();
            accounts.save(account);
            created++;
        }
        if (created > 0) {
            log.warn("Created {} demo accounts (password in the README). Never use the dev profile in production.",
                    created);
        }
    }
}
