package org.hubline.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubline.shared.WorkingDays;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each priority allows, as settings ({@code hubline.triage.sla.p1=0d} and so on): a
 * number of hours ({@code 48h}), of calendar days to the end of the day ({@code 0d} is the end of
 * today), or of working days (Monday–Friday) to the end of the day ({@code 5wd}).
 */
@ConfigurationProperties("hubline.triage.sla")
public record SlaSettings(String p1, String p2, String p3) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d+)(h|d|wd)$");

    public SlaSettings {
        p1 = p1 == null ? "0d" : p1;
        p2 = p2 == null ? "48h" : p2;
        p3 = p3 == null ? "5wd" : p3;
        for (String s : new String[] {p1, p2, p3}) {
            if (!FORMAT.matcher(s).matches()) {
                throw new IllegalArgumentException("An SLA is hours (48h), days (0d) or working days (5wd), not " + s);
            }
        }
    }

    /** When a request of this priority, made at {@code from}, is due. */
    public Instant dueAt(Priority priority, Instant from, ZoneId zone) {
        String sla = switch (priority) {
            case P1 -> p1;
            case P2 -> p2;
            case P3 -> p3;
        };
        Matcher m = FORMAT.matcher(sla);
        m.matches();
        int n = Integer.parseInt(m.group(1));
        if (m.group(2).equals("h")) {
            return from.plus(Duration.ofHours(n));
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        if (m.group(2).equals("d")) {
            day = day.plusDays(n);
        } else {
            day = WorkingDays.after(day, n);
        }
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }
}
