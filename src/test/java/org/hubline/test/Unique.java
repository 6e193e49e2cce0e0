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

    /**
     * A mobile number from 07700 93…, a block no demo resident and no other test uses (the demo's
     * people have 07700 900…, tests' named callers 07700 94…–99…), so it finds only the one it was given.
     */
    public static String phone() {
        return "07700 93" + String.format("%04d", next() % 10_000);
    }

    /** A date of birth from 1960 on (an adult under 70) that no other test uses. */
    public static LocalDate birthday() {
        return LocalDate.of(1960, 1, 1).plusDays(next() * 7L);
    }
}
