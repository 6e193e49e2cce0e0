package org.hubline.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hubline.shared.security.Role;

/** A row of the admin's user list. */
public record UserSummary(long id, String username, String displayName, Set<Role> roles, List<String> hubNames,
        String partnerOrganisation, boolean enabled, boolean mustChangePassword, Instant lastSignInAt) {
}
