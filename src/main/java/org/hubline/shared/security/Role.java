package org.hubline.shared.security;

/**
 * What a person does in Hubline. Each role lands on its own home view.
 * The names are also the Spring Security roles ({@code ROLE_} + name); see {@link Roles}.
 */
public enum Role {
    CALL_HANDLER("Call handler", "calls"),
    HUB_COORDINATOR("Hub coordinator", "my-hub"),
    PARTNER("VCS partner", "partner/referrals"),
    STRATEGIC_DIRECTOR("Strategic director", "insight"),
    ADMIN("Admin", "admin/users"),
    SAFEGUARDING_LEAD("Safeguarding lead", "safeguarding");

    private final String label;
    private final String homeRoute;

    Role(String label, String homeRoute) {
        this.label = label;
        this.homeRoute = homeRoute;
    }

    public String label() {
        return label;
    }

    /** The route this role lands on after signing in. */
    public String homeRoute() {
        return homeRoute;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
