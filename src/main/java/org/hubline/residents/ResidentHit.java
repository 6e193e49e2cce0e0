package org.hubline.residents;

import java.time.LocalDate;
import java.util.List;

/** A resident found by the search: enough to tell them apart, how well they fit, and what matched. */
public record ResidentHit(long id, String name, LocalDate dateOfBirth, String addressLine1, String postcode,
        String phone, int score, List<String> matched) {
}
