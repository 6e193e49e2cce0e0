package org.hubline.places;

/** A hub as an admin edits it. */
public record HubDetails(Long id, String code, String name, String description, String phone, String address,
        boolean active) {
}
