package org.hubline.residents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.codec.language.Soundex;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.Postcode;

/**
 * How Hubline decides two sets of details are the same person. Pure rules, no database:
 * {@link #keys} gives the blocking keys under which a resident is indexed (so candidates are
 * found by a few indexed lookups), {@link #score} weighs the evidence field by field.
 *
 * <p>Names are compared after folding case and accents and mapping nicknames to their formal
 * name (Bob → Robert); first and last name may be swapped; typos are tolerated by Jaro–Winkler
 * similarity and Soundex keys. Phones and postcodes are compared normalised. A clear conflict
 * (a different first name or date of birth) counts against a match, so family members sharing a
 * phone and address are not taken for each other.
 */
public final class MatchRules {

    /** At or above: very probably the same person. */
    public static final int LIKELY = 70;
    /** At or above: possibly the same person. */
    public static final int POSSIBLE = 45;

    private static final Map<String, String> NICKNAMES = nicknames();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Soundex SOUNDEX = Soundex.US_ENGLISH;
    /** Names at least this alike (Jaro–Winkler) are taken as the same name mistyped. */
    private static final double NAME_ALIKE = 0.88;
    /** The kinds of name key a search looks up by prefix. */
    static final String FIRST_NAME_KEY = "f:";
    static final String LAST_NAME_KEY = "l:";
    private static final int KEY_LENGTH = 80;

    private MatchRules() {
    }

    public record Score(int value, List<String> matched) {
    }

    /** The blocking keys of a person: every resident sharing one is a candidate. */
    public static Set<String> keys(MatchQuery q) {
        Set<String> keys = new LinkedHashSet<>();
        phone(q.phone()).ifPresent(p -> keys.add("t:" + p));
        phone(q.otherPhone()).ifPresent(p -> keys.add("t:" + p));
        String email = email(q.email());
        if (email != null) {
            keys.add("e:" + email);
        }
        String uprn = blankToNull(q.uprn());
        if (uprn != null) {
            keys.add("u:" + uprn.trim());
        }
        if (q.dateOfBirth() != null) {
            keys.add("d:" + q.dateOfBirth());
        }
        Postcode.parse(q.postcode()).ifPresent(p -> keys.add("p:" + p.value().replace(" ", "")));
        String first = name(q.firstName());
        String last = name(q.lastName());
        if (!first.isEmpty() && !last.isEmpty()) {
            String a = soundex(canonical(first));
            String b = soundex(canonical(last));
            keys.add("n:" + (a.compareTo(b) <= 0 ? a + b : b + a));
        }
        return keys;
    }

    /**
     * Every key a resident is stored under: the blocking keys, and each name folded ({@code f:}
     * first, {@code l:} last, also under its formal name) so a search can find a name by how it starts.
     */
    public static Set<String> indexKeys(MatchQuery q) {
        Set<String> keys = new LinkedHashSet<>(keys(q));
        nameKeys(keys, FIRST_NAME_KEY, name(q.firstName()));
        nameKeys(keys, LAST_NAME_KEY, name(q.lastName()));
        return keys;
    }

    private static void nameKeys(Set<String> keys, String kind, String folded) {
        if (!folded.isEmpty()) {
            keys.add(key(kind, folded));
            keys.add(key(kind, canonical(folded)));
        }
    }

    /** A key no longer than the column that holds it. */
    static String key(String kind, String value) {
        String key = kind + value;
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    /** How strongly the candidate is the person asked about, 0–100, and what matched. */
    public static Score score(MatchQuery q, MatchQuery c) {
        List<String> matched = new ArrayList<>();
        int points = names(q, c, matched) + dateOfBirth(q, c, matched) + contact(q, c, matched)
                + address(q, c, matched);
        return new Score(Math.max(0, Math.min(100, points)), List.copyOf(matched));
    }

    /** Both names alike (either way round); or only one of them, which counts for less or against. */
    private static int names(MatchQuery q, MatchQuery c, List<String> matched) {
        String qf = canonical(name(q.firstName()));
        String ql = name(q.lastName());
        String cf = canonical(name(c.firstName()));
        String cl = name(c.lastName());
        if (ql.isEmpty() || cl.isEmpty()) {
            return 0;
        }
        // Swapped: the caller's last name is the stored first name (perhaps as a nickname).
        String qlAsFirst = canonical(ql);
        String qfAsLast = name(q.firstName());
        double straight = Math.min(similarity(qf, cf), similarity(ql, cl));
        double swapped = qf.isEmpty() ? 0 : Math.min(similarity(qlAsFirst, cf), similarity(qfAsLast, cl));
        boolean swap = swapped > straight;
        double first = swap ? similarity(qlAsFirst, cf) : similarity(qf, cf);
        double last = swap ? similarity(qfAsLast, cl) : similarity(ql, cl);
        if (last >= NAME_ALIKE && first >= NAME_ALIKE) {
            matched.add(swap ? "name (swapped)" : "name");
            return 35;
        }
        if (last >= NAME_ALIKE) {
            if (qf.isEmpty()) {
                matched.add("last name");
                return 15;
            }
            if (first < 0.75 && !initialOf(swap ? qlAsFirst : qf, cf)) {
                return -30;
            }
            matched.add("last name");
            return 20;
        }
        if (first >= NAME_ALIKE && last >= 0.75) {
            matched.add("first name");
            return 20;
        }
        return -10;
    }

    private static int dateOfBirth(MatchQuery q, MatchQuery c, List<String> matched) {
        LocalDate qd = q.dateOfBirth();
        LocalDate cd = c.dateOfBirth();
        if (qd == null || cd == null) {
            return 0;
        }
        if (qd.equals(cd)) {
            matched.add("date of birth");
            return 35;
        }
        if (closeDates(qd, cd)) {
            matched.add("date of birth (close)");
            return 12;
        }
        return -30;
    }

    /** The same phone number (any of them), and the same email address, count each. */
    private static int contact(MatchQuery q, MatchQuery c, List<String> matched) {
        int points = 0;
        Set<String> cPhones = phones(c);
        if (phones(q).stream().anyMatch(cPhones::contains)) {
            points += 35;
            matched.add("phone");
        }
        String qe = email(q.email());
        if (qe != null && qe.equals(email(c.email()))) {
            points += 35;
            matched.add("email");
        }
        return points;
    }

    /**
     * The address counts once: the same property (UPRN), or else the same postcode. A household
     * shares both, so they are not added together.
     */
    private static int address(MatchQuery q, MatchQuery c, List<String> matched) {
        String qu = blankToNull(q.uprn());
        if (qu != null && qu.trim().equals(blankToNull(c.uprn()) == null ? null : c.uprn().trim())) {
            matched.add("UPRN");
            return 35;
        }
        var qp = Postcode.parse(q.postcode());
        if (qp.isPresent() && qp.equals(Postcode.parse(c.postcode()))) {
            matched.add("postcode");
            return 30;
        }
        return 0;
    }

    /** Lower case, accents and punctuation removed: "O'Brien" → "obrien", "José" → "jose". */
    static String name(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The formal name behind a nickname (bob → robert); any other name unchanged. */
    static String canonical(String name) {
        return NICKNAMES.getOrDefault(name, name);
    }

    private static boolean initialOf(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
    }

    /** Day and month transposed, one digit mistyped, or the year off by one with the same day. */
    private static boolean closeDates(LocalDate a, LocalDate b) {
        if (a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth()
                && Math.abs(a.getYear() - b.getYear()) == 1) {
            return true;
        }
        if (a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth()
                && a.getDayOfMonth() == b.getMonthValue()) {
            return true;
        }
        String x = a.toString();
        String y = b.toString();
        int differences = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    private static Set<String> phones(MatchQuery q) {
        Set<String> phones = new LinkedHashSet<>();
        phone(q.phone()).ifPresent(phones::add);
        phone(q.otherPhone()).ifPresent(phones::add);
        return phones;
    }

    private static Optional<String> phone(String text) {
        return PhoneNumber.parse(text).map(PhoneNumber::digits);
    }

    private static String email(String s) {
        String e = blankToNull(s);
        return e == null ? null : e.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Jaro–Winkler similarity, 0 (nothing alike) to 1 (the same). */
    static double similarity(String a, String b) {
        return JARO_WINKLER.apply(a, b);
    }

    /** American Soundex ("smith", "smyth" → S530): survives most one-letter typos in a name. */
    static String soundex(String name) {
        return name.isEmpty() ? "" : SOUNDEX.soundex(name);
    }

    /** The names in {@code nicknames.txt}: each nickname to the name the register would hold. */
    private static Map<String, String> nicknames() {
        Map<String, String> map = new HashMap<>();
        try (var in = MatchRules.class.getResourceAsStream("nicknames.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(","))
                    .forEach(family -> Arrays.stream(family).skip(1).forEach(n -> map.putIfAbsent(n, family[0])));
        } catch (IOException e) {
            throw new UncheckedIOException("The nicknames list is missing from the build", e);
        }
        return Map.copyOf(map);
    }
}
