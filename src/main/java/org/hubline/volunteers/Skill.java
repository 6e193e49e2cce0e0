package org.hubline.volunteers;

/** Something volunteers can do, from the admin-edited list. */
public record Skill(String code, String name, int sortOrder, boolean active) {
}
