package org.hubline.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A resident as stored: their details, where they are routed (ward and hub, from places) and
 * the version an edit must be based on.
 */
public record ResidentRecord(long id, ResidentDetails details, String wardCode, Long hubId, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy, int version) {

    public String name() {
        return details.fullName().trim();
    }

    public Integer ageOn(LocalDate day) {
        return details.dateOfBirth() == null ? null : Period.between(details.dateOfBirth(), day).getYears();
    }
}
