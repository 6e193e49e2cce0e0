package org.hubline.residents;

import java.time.LocalDate;

/**
 * The identifying details of a person as typed so far (any may be blank), or as stored for a
 * resident, in the shape the matcher compares.
 */
public record MatchQuery(String firstName, String lastName, LocalDate dateOfBirth, String phone, String otherPhone,
        String postcode, String uprn, String email) {

    public static MatchQuery of(ResidentDetails d) {
        return new MatchQuery(d.firstName(), d.lastName(), d.dateOfBirth(), d.phone(), d.otherPhone(), d.postcode(),
                d.uprn(), d.email());
    }

    /** Whether enough has been typed to look for anyone (a name of 2+ letters, or any identifier). */
    public boolean isSearchable() {
        return length(lastName) >= 2 || length(firstName) >= 2 && dateOfBirth != null || dateOfBirth != null
                || length(phone) >= 10 || length(postcode) >= 5 || length(uprn) >= 1 || length(email) >= 5;
    }

    private static int length(String s) {
        return s == null ? 0 : s.trim().length();
    }
}
