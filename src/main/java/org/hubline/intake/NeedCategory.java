package org.hubline.intake;

/** A need category ("Medicines"): whether its needs ask when they are needed by. */
public record NeedCategory(String code, String name, boolean asksWhenNeeded, int sortOrder, boolean active,
        int version) {
}
