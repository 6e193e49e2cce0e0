package org.hubline.shared.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hubline.shared.Text;

/** How Hubline shows moments to people: in the council's time zone (the application clock's). */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private Formats() {
    }

    public static String dateTime(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME.withZone(clock.getZone()).format(instant);
    }

    /** "1 postcode", "2,400 postcodes": a count with its noun (regular plurals only). */
    public static String count(long n, String noun) {
        return Text.count(n, noun);
    }

    /** A date as people write it here: 14/3/1948. */
    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String dateTimeSeconds(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME_SECONDS.withZone(clock.getZone()).format(instant);
    }
}
