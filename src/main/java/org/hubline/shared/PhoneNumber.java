package org.hubline.shared;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number, parsed and formatted by Google's libphonenumber. A UK number is kept in
 * national form, digits only ("07700900123"): "07700 900123", "+44 7700 900123" and
 * "0044 (0)7700-900123" are all the same number. Hubline accepts UK landlines (01, 02, 03),
 * mobiles (07) and non-geographic 08 numbers. A number abroad (a relative calling from another
 * country) is kept in international form ("+12025550100") and is accepted only where
 * {@link #parseAnywhere} is used: texts to residents and volunteers go to UK numbers.
 */
public record PhoneNumber(String digits) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String UK = "GB";
    private static final int UK_CALLING_CODE = 44;
    private static final Pattern UK_NATIONAL = Pattern.compile("0[1-3578][0-9]{8,9}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern TYPED = Pattern.compile("[+0-9 ()\\-.]+");

    public PhoneNumber {
        if (!UK_NATIONAL.matcher(digits).matches() && !INTERNATIONAL.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not a normalised phone number: " + digits);
        }
    }

    /** The number typed, normalised; empty if it is not a UK phone number. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text != null && UK_NATIONAL.matcher(text).matches()) {
            return Optional.of(new PhoneNumber(text)); // already as Hubline keeps it: no parsing needed
        }
        return number(text).filter(n -> n.getCountryCode() == UK_CALLING_CODE).map(PhoneNumber::uk);
    }

    /** A UK number as {@link #parse} reads it, or a number abroad in international form. */
    public static Optional<PhoneNumber> parseAnywhere(String text) {
        if (text != null && (UK_NATIONAL.matcher(text).matches()
                || INTERNATIONAL.matcher(text).matches() && !text.startsWith("+" + UK_CALLING_CODE))) {
            return Optional.of(new PhoneNumber(text));
        }
        return number(text).map(n -> n.getCountryCode() == UK_CALLING_CODE ? uk(n)
                : new PhoneNumber(PHONES.format(n, PhoneNumberFormat.E164)));
    }

    public boolean isMobile() {
        return digits.startsWith("07");
    }

    public boolean isUk() {
        return digits.startsWith("0");
    }

    /** For people to read: "07700 900123", "0161 496 0000", "020 7946 0000", "+1 202-555-0100". */
    public String formatted() {
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(digits, UK);
            return PHONES.format(n, isUk() ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return digits;
        }
    }

    @Override
    public String toString() {
        return digits;
    }

    /** A number libphonenumber can read whose length is possible for its country; empty otherwise. */
    private static Optional<Phonenumber.PhoneNumber> number(String text) {
        if (text == null || !TYPED.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber n = PHONES.parse(text.trim().replace("(0)", ""), UK);
            if (!PHONES.isPossibleNumber(n)) {
                return Optional.empty();
            }
            if (n.getCountryCode() == UK_CALLING_CODE
                    && !UK_NATIONAL.matcher("0" + PHONES.getNationalSignificantNumber(n)).matches()) {
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static PhoneNumber uk(Phonenumber.PhoneNumber n) {
        return new PhoneNumber("0" + PHONES.getNationalSignificantNumber(n));
    }
}
