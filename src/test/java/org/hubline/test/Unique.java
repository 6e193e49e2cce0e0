package org.hubline.test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Values no other test in the run uses, so tests sharing a database never find each other's
 * residents. Deterministic: one sequence for the whole run.
 */
public final class Unique {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Unique() {
    }

    public static int next() {
        return NEXT.incrementAndGet();
    }

    /** A made-up surname-like word of letters only, different each time ("Baab", "Baac"…). */
    public static String letters() {
        int n = next();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 4; i++, n /= 26) {
            word.append((char) ('a' + n % 26));
        }
        return word.reverse().toString();
    }

    /** A mobile number in the range set aside for drama (07700 900000–900999 and on), never a real one. */
    public static String phone() {
        return "07700 9" + String.format("%05d", next());
    }

    /** A date of birth from 1960 on (an adult under 70) that no other test uses. */
    public static LocalDate birthday() {
        return LocalDate.of(1960, 1, 1).plusDays(next() * 7L);
    }
}
