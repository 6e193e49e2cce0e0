package org.hubline.referrals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hubline.shared.validation.InvalidInputException;

/**
 * The Open Referral UK listing filters, as a client sends them: {@code search} (full text),
 * {@code taxonomy_term_id}, {@code taxonomy_id}, {@code minimum_age} (services whose minimum age is at
 * least this), {@code maximum_age} (whose maximum is at most this), {@code start_time} /
 * {@code end_time} (opening at or after, closing at or before, HH:mm), {@code day} (an iCal day,
 * MO–SU) and {@code modified_after} (an ISO date-time). {@link #of} refuses what cannot be read,
 * naming each parameter.
 */
public record OrukQuery(String search, String taxonomyTermId, String taxonomyId, Integer minimumAge,
        Integer maximumAge, String startTime, String endTime, String day, Instant modifiedAfter) {

    private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    public static final OrukQuery ALL = new OrukQuery(null, null, null, null, null, null, null, null, null);

    /** Reads the parameters as sent (any may be null or blank); a 400 names every one that is wrong. */
    public static OrukQuery of(String search, String taxonomyTermId, String taxonomyId, String minimumAge,
            String maximumAge, String startTime, String endTime, String day, String modifiedAfter) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer min = age("minimum_age", minimumAge, errors);
        Integer max = age("maximum_age", maximumAge, errors);
        String start = time("start_time", startTime, errors);
        String end = time("end_time", endTime, errors);
        String d = blank(day) ? null : day.trim().toUpperCase(Locale.ROOT);
        if (d != null && !DAYS.contains(d)) {
            errors.put("day", "day is one of MO, TU, WE, TH, FR, SA, SU");
        }
        Instant after = null;
        if (!blank(modifiedAfter)) {
            try {
                after = OffsetDateTime.parse(modifiedAfter.trim()).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    after = Instant.parse(modifiedAfter.trim());
                } catch (DateTimeParseException again) {
                    errors.put("modified_after", "modified_after is an ISO 8601 date-time, e.g. 2026-03-15T10:30:00Z");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new OrukQuery(blank(search) ? null : search.trim(), blank(taxonomyTermId) ? null : taxonomyTermId.trim(),
                blank(taxonomyId) ? null : taxonomyId.trim(), min, max, start, end, d, after);
    }

    private static Integer age(String name, String value, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            double age = Double.parseDouble(value.trim());
            if (age >= 0 && age <= 150) {
                return (int) Math.floor(age);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.put(name, name + " is a number of years from 0 to 150");
        return null;
    }

    private static String time(String name, String value, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            String t = value.trim();
            return LocalTime.parse(t.length() > 5 ? t.substring(0, 5) : t).toString();
        } catch (DateTimeParseException e) {
            errors.put(name, name + " is a time as HH:mm, e.g. 09:30");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
