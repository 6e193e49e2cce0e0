package org.hubline.test;

import java.util.List;

import org.hubline.shared.security.Role;

/** The side-menu entries each role should see, in order. */
public final class Menus {

    private Menus() {
    }

    public static List<String> expected(Role role) {
        return switch (role) {
            case CALL_HANDLER -> List.of("Calls", "Find a resident", "My cases", "Referrals", "Find a hub", "Partner directory",
                    "Change password");
            case HUB_COORDINATOR -> List.of("Calls", "Find a resident", "My hub today", "Needs without a hub", "Our residents", "Complex demand", "Volunteers", "My cases",
                    "Referrals", "Possible duplicates", "Demand insight", "Find a hub", "Partner directory",
                    "Change password");
            case PARTNER -> List.of("Referrals", "Find a hub", "Change password");
            case SAFEGUARDING_LEAD -> List.of("Safeguarding concerns", "Find a hub", "Change password");
            case STRATEGIC_DIRECTOR -> List.of("Demand insight", "Find a hub", "Change password");
            case ADMIN -> List.of("Needs without a hub", "Demand insight", "Find a hub", "Partner directory", "Users", "Audit trail",
                    "Hub footprints", "Postcode directory", "Wards and hubs", "Needs taxonomy", "Volunteer skills",
                    "Partner organisations", "Directory feeds",
                    "Change password");
        };
    }
}
