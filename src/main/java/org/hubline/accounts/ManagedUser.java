package org.hubline.accounts;

import java.util.Set;

import org.hubline.shared.security.Role;

/** A user as an admin opens it for editing; {@code version} detects concurrent edits. */
public record ManagedUser(long id, String username, String displayName, String email, Set<Role> roles,
        Set<Long> hubIds, Long partnerOrganisationId, boolean enabled, int version) {
}
