package org.hubline.intake.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * "Call back later" asks when, as agreed with the resident: a date and time, in quarter hours,
 * shown and read in the council's time zone (the application clock's).
 */
final class CallBackAt {

    private CallBackAt() {
    }

    /** The field, hidden until the call ends "call back later". */
    static DateTimePicker field(String id, Clock clock) {
        DateTimePicker at = new DateTimePicker("Call back at (as agreed with them)");
        at.setId(id);
        at.setLocale(Locale.UK);
        at.setStep(Duration.ofMinutes(15));
        at.setMin(LocalDateTime.now(clock));
        at.setVisible(false);
        return at;
    }

    /** The time chosen, if the field is in use. */
    static Instant of(DateTimePicker at, Clock clock) {
        return at.isVisible() && at.getValue() != null ? at.getValue().atZone(zone(clock)).toInstant() : null;
    }

    /** Shows a time kept on the server in the field. */
    static void show(DateTimePicker at, Instant value, Clock clock) {
        at.setValue(value == null ? null : LocalDateTime.ofInstant(value, zone(clock)));
    }

    private static ZoneId zone(Clock clock) {
        return clock.getZone();
    }
}
