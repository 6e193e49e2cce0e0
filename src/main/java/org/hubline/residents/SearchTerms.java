package org.hubline.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hubline.shared.PhoneNumber;
import org.hubline.shared.Postcode;

/**
 * What a user typed into the resident search, read as the things a handler would type: a
 * reference (HR-1042, REF-000017), a date of birth (14/03/1948, 14031948, 1948-03-14), a phone
 * number, a postcode, a UPRN, an email address, and the words left over as names.
 */
record SearchTerms(String reference, LocalDate dateOfBirth, String phone, String postcode, String uprn, String email,
        List<String> names) {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(HR|REF)\\s*-?\\s*(\\d{1,12})\\b");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)\\b([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)\\s*([0-9][A-Z]{2})\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+44\\s?|0)(\\d[\\s-]?){9,10}(?![\\d])");
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{2})(\\d{2})(\\d{4})\\b");
    private static final Pattern UPRN = Pattern.compile("\\b[1-9]\\d{5,11}\\b");
    /** A name word needs two letters: one letter would match a twentieth of the borough. */
    private static final int NAME_PREFIX = 2;

    /** The terms in the text; unrecognised fragments (a lone letter, stray digits) are left out. */
    static SearchTerms parse(String text) {
        String rest = text == null ? "" : text.trim();
        String reference = null;
        Matcher m = REFERENCE.matcher(rest);
        if (m.find()) {
            reference = m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
            rest = cut(rest, m);
        }
        String email = null;
        m = EMAIL.matcher(rest);
        if (m.find()) {
            email = m.group().toLowerCase(Locale.ROOT);
            rest = cut(rest, m);
        }
        String postcode = null;
        m = POSTCODE.matcher(rest);
        if (m.find() && Postcode.parse(m.group()).isPresent()) {
            postcode = Postcode.parse(m.group()).get().value();
            rest = cut(rest, m);
        }
        String phone = null;
        m = PHONE.matcher(rest);
        if (m.find() && PhoneNumber.parse(m.group()).isPresent()) {
            phone = PhoneNumber.parse(m.group()).get().digits();
            rest = cut(rest, m);
        }
        LocalDate dob = null;
        m = DATE.matcher(rest);
        while (dob == null && m.find()) {
            dob = date(m);
            if (dob != null) {
                rest = cut(rest, m);
            }
        }
        String uprn = null;
        m = UPRN.matcher(rest);
        if (m.find()) {
            uprn = m.group();
            rest = cut(rest, m);
        }
        List<String> names = new ArrayList<>();
        for (String word : rest.split("[\\s,]+")) {
            String folded = MatchRules.name(word);
            if (folded.length() >= NAME_PREFIX) {
                names.add(folded);
            }
        }
        return new SearchTerms(reference, dob, phone, postcode, uprn, email, List.copyOf(names));
    }

    boolean isEmpty() {
        return reference == null && dateOfBirth == null && phone == null && postcode == null && uprn == null
                && email == null && names.isEmpty();
    }

    /** The exact keys the search looks up (each must hold for a resident to be found). */
    List<String> exactKeys() {
        List<String> keys = new ArrayList<>();
        if (dateOfBirth != null) {
            keys.add("d:" + dateOfBirth);
        }
        if (phone != null) {
            keys.add("t:" + phone);
        }
        if (postcode != null) {
            keys.add("p:" + postcode.replace(" ", ""));
        }
        if (uprn != null) {
            keys.add("u:" + uprn);
        }
        if (email != null) {
            keys.add("e:" + email);
        }
        return keys;
    }

    /** The details in the shape the matcher compares: first word the first name, last word the last. */
    MatchQuery query() {
        String first = names.size() >= 2 ? names.get(0) : null;
        String last = names.isEmpty() ? null : names.get(names.size() - 1);
        return new MatchQuery(first, last, dateOfBirth, phone, null, postcode, uprn, email);
    }

    /** What kinds of term were used, for the audit trail, which never holds the terms themselves. */
    String kinds() {
        Set<String> kinds = new LinkedHashSet<>();
        if (reference != null) {
            kinds.add("reference");
        }
        if (!names.isEmpty()) {
            kinds.add("name");
        }
        if (dateOfBirth != null) {
            kinds.add("date of birth");
        }
        if (phone != null) {
            kinds.add("phone");
        }
        if (postcode != null) {
            kinds.add("postcode");
        }
        if (uprn != null) {
            kinds.add("UPRN");
        }
        if (email != null) {
            kinds.add("email");
        }
        return String.join(", ", kinds);
    }

    private static String cut(String text, Matcher m) {
        return (text.substring(0, m.start()) + " " + text.substring(m.end())).trim();
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group(1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            if (m.group(4) != null) {
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)));
            }
            int year = Integer.parseInt(m.group(9));
            return year < 1880 ? null
                    : LocalDate.of(year, Integer.parseInt(m.group(8)), Integer.parseInt(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
