package org.hubline.shared;

import java.util.Optional;

/**
 * A UK phone number in national form, digits only ("07700900123"). "07700 900123",
 * "+44 7700 900123", "0044 (0)7700-900123" are all the same number. Landlines (01, 02, 03),
 * mobiles (07) and non-geographic 08 numbers are accepted: eleven digits after the leading 0
 * rule, or ten for a few old 01 area codes.
 */
public record PhoneNumber(String digits) {

    public PhoneNumber {
        if (!digits.matches("0[1-3578][0-9]{8,9}")) {
            throw new IllegalArgumentException("Not a normalised UK phone number: " + digits);
        }
    }

    /** The number typed, normalised; empty if it is not a UK phone number. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace("(0)", "");
        if (!t.matches("[+0-9 ()\\-.]+")) {
            return Optional.empty();
        }
        String digits = t.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            digits = "0" + digits.substring(2);
        }
        if (digits.startsWith("00")) {
            return Optional.empty();
        }
        if (!digits.matches("0[1-3578][0-9]{8,9}")) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(digits));
    }

    public boolean isMobile() {
        return digits.startsWith("07");
    }

    /** For people to read: "07700 900123", "0161 496 0000", "020 7946 0000". */
    public String formatted() {
        if (digits.length() != 11) {
            return digits;
        }
        if (digits.startsWith("07") || digits.startsWith("01") && digits.charAt(2) != '1' && digits.charAt(3) != '1') {
            return digits.substring(0, 5) + " " + digits.substring(5);
        }
        if (digits.startsWith("02")) {
            return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        }
        return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
    }

    @Override
    public String toString() {
        return digits;
    }
}
