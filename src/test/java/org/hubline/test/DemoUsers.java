package org.hubline.test;

import org.hubline.shared.security.Role;

/** The demo accounts the test profile seeds, one per role (see the README). */
public final class DemoUsers {

    public static final String PASSWORD = "hubline-demo-2026";

    private DemoUsers() {
    }

    public static String of(Role role) {
        return switch (role) {
            case CALL_HANDLER -> "handler";
            case HUB_COORDINATOR -> "coordinator";
            case PARTNER -> "partner";
            case STRATEGIC_DIRECTOR -> "director";
            case ADMIN -> "admin";
            case SAFEGUARDING_LEAD -> "safeguarding";
        };
    }
}
