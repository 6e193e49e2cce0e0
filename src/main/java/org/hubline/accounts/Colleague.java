package org.hubline.accounts;

/** A colleague work can be given to: their username and name. */
public record Colleague(String username, String displayName) {
}
