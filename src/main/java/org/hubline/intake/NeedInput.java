package org.hubline.intake;

/** A need as the handler records it: its type from the taxonomy, when it's needed, any detail. */
public record NeedInput(Long needTypeId, WhenNeeded whenNeeded, String detail) {
}
