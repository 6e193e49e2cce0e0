package org.hubline.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its normal form: upper case, one space before the inward code
 * ("ol1 1aa", "OL11AA" and " OL1  1AA " are all "OL1 1AA"). The special ones are postcodes too:
 * Girobank's {@code GIR 0AA}, and British Forces post in its postcode form ({@code BF1 3AA}).
 */
public record Postcode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?|GIR) ?[0-9][A-Z]{2}$");

    public Postcode {
        if (!FORMAT.matcher(value).matches() || value.charAt(value.length() - 4) != ' ') {
            throw new IllegalArgumentException("Not a normalised postcode: " + value);
        }
    }

    /** The postcode typed, normalised; empty if it is not a UK postcode. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORMAT.matcher(spaced).matches() ? Optional.of(new Postcode(spaced)) : Optional.empty();
    }

    /** The outward code (district), e.g. "OL1". */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }

    @Override
    public String toString() {
        return value;
    }
}
