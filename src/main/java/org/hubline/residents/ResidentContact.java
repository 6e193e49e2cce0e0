package org.hubline.residents;

/**
 * Just enough to send a volunteer to a resident: first name, street and postcode, and what the
 * help must respect (their diet and access needs, in one line; empty when none are recorded).
 */
public record ResidentContact(long id, String firstName, String street, String postcode, String support) {
}
