package org.hubline.shared;

/** Typed text as the services read it: blank means "not given". */
public final class Text {

    private Text() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The trimmed text, or {@code null} when nothing was typed. */
    public static String blankToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
