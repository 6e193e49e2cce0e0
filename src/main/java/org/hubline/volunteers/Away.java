package org.hubline.volunteers;

import java.time.LocalDate;

/** Dates a volunteer is away (inclusive). */
public record Away(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
