package org.hubline.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting working days (Monday to Friday; bank holidays are not known to Hubline). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code from}. */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        for (int added = 0; added < days;) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day;
    }
}
