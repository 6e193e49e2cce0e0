package org.hubline.volunteers;

import java.time.DayOfWeek;

/** One slot of the weekly availability grid. */
public record Availability(DayOfWeek day, PartOfDay part) {

    public String label() {
        String d = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        return d + " " + part.label().toLowerCase(java.util.Locale.ROOT);
    }
}
