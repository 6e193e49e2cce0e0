package org.hubline.accounts;

import org.hubline.shared.security.Role;

/** A role granted to a user account. */
record UserAccountRole(Role role) {
}
