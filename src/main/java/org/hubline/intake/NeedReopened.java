package org.hubline.intake;

/**
 * A need that had ended is open again: {@code undone} is the ending it takes back, exactly as it
 * was announced, so whoever counted it can count it out. No resident identity.
 */
public record NeedReopened(NeedResolved undone) {
}
