package org.hubline.shared.security;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}.
 * They must equal the names of {@link Role} (checked by a test).
 */
public final class Roles {

    public static final String CALL_HANDLER = "CALL_HANDLER";
    public static final String HUB_COORDINATOR = "HUB_COORDINATOR";
    public static final String PARTNER = "PARTNER";
    public static final String STRATEGIC_DIRECTOR = "STRATEGIC_DIRECTOR";
    public static final String ADMIN = "ADMIN";
    public static final String SAFEGUARDING_LEAD = "SAFEGUARDING_LEAD";

    /** {@code @PreAuthorize} expressions used across modules. */
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";

    private Roles() {
    }
}
