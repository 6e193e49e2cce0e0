package org.hubline.shared.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.hubline.shared.Text;

/** How Hubline shows moments to people: in the council's time zone (the application clock's). */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private Formats() {
    }

    public static String dateTime(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME.withZone(clock.getZone()).format(instant);
    }

    /** "1 postcode", "2,400 postcodes": a count with its noun (regular plurals only). */
    public static String count(long n, String noun) {
        return Text.count(n, noun);
    }

    public static String dateTimeSeconds(Instant instant, Clock clock) {
        return instant == null ? "" : DATE_TIME_SECONDS.withZone(clock.getZone()).format(instant);
    }
}
