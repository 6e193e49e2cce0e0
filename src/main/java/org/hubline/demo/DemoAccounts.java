package org.hubline.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.accounts.DemoAccountSetup;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * One demo account per role (two handlers, two coordinators), with the password printed in the
 * README; the partner's account belongs to the demo food bank.
 */
@Component
@DemoOnly
class DemoAccounts {

    /** The demo accounts' shared password, printed in the README. */
    static final String PASSWORD = "hubline-demo-2026";
    static final String ADMIN = "admin";
    static final String HANDLER = "handler";
    static final String COORDINATOR = "coordinator";
    static final String COORDINATOR_SOUTH = "coordinator.south";
    static final String PARTNER_ORGANISATION = "Oldham Foodbank";

    private record Demo(String username, String displayName, Role role, List<String> hubCodes) {
    }

    private static final List<Demo> STAFF = List.of(
            new Demo(HANDLER, "Hana Handler", Role.CALL_HANDLER, List.of()),
            new Demo("handler.two", "Harry Helpline", Role.CALL_HANDLER, List.of()),
            new Demo(COORDINATOR, "Colin Coordinator", Role.HUB_COORDINATOR, List.of("NORTH", "CENTRAL")),
            new Demo(COORDINATOR_SOUTH, "Sara South", Role.HUB_COORDINATOR, List.of("SOUTH")),
            new Demo("director", "Dee Director", Role.STRATEGIC_DIRECTOR, List.of()),
            new Demo("safeguarding", "Sam Safeguard", Role.SAFEGUARDING_LEAD, List.of()),
            new Demo(ADMIN, "Ada Admin", Role.ADMIN, List.of()));

    private final DemoAccountSetup setup;
    private final HubDirectory hubs;

    DemoAccounts(DemoAccountSetup setup, HubDirectory hubs) {
        this.setup = setup;
        this.hubs = hubs;
    }

    void addStaff() {
        Map<String, Long> hubIds = hubs.hubs().stream().collect(Collectors.toMap(Hub::code, Hub::id));
        for (Demo demo : STAFF) {
            setup.add(demo.username(), demo.displayName(), demo.role(),
                    demo.hubCodes().stream().map(hubIds::get).collect(Collectors.toSet()), null, PASSWORD);
        }
    }

    void addPartner(long organisationId) {
        setup.add("partner", "Pat Partner", Role.PARTNER, Set.of(), organisationId, PASSWORD);
    }
}
