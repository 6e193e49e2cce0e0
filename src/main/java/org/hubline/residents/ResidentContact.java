package org.hubline.residents;

/** Just enough to send a volunteer to a resident: first name, street and postcode. */
public record ResidentContact(long id, String firstName, String street, String postcode) {
}
