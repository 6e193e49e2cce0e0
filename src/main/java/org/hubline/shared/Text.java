package org.hubline.shared;

import java.util.Locale;

/** Typed text as the services read it: blank means "not given". */
public final class Text {

    private Text() {
    }

    /** A count and its noun, singular for one, with thousands separators: "1 need", "2,575 needs". */
    public static String count(long n, String noun) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The trimmed text, or {@code null} when nothing was typed. */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
