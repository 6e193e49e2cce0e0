package org.hubline.volunteers;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** One slot of the weekly availability grid. */
public record Availability(DayOfWeek day, PartOfDay part) {

    public String label() {
        String d = day.getDisplayName(TextStyle.FULL, Locale.UK);
        return d + " " + part.label().toLowerCase(Locale.ROOT);
    }
}
