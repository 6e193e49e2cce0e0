package org.hubline.accounts;

/**
 * A one-time password to give to a person (shown once to the admin); they must change it at
 * their next sign-in.
 */
public record TemporaryPassword(long userId, String username, String password) {
}
