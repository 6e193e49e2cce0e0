package org.hubline.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MatchRulesTests {

    private static final LocalDate DOB = LocalDate.of(1948, 3, 14);
    private static final MatchQuery ROBERT = new MatchQuery("Robert", "Whitehead", DOB, "07700900123", null,
            "OL2 9ZP", "100012345678", "bob@example.com");

    private static MatchRules.Score score(MatchQuery q) {
        return MatchRules.score(q, ROBERT);
    }

    @Test
    void aNicknameAndATypoStillMatchOnNameAndDateOfBirth() {
        MatchRules.Score s = score(new MatchQuery("Bob", "Whitehaed", DOB, null, null, null, null, null));
        assertThat(s.value()).isGreaterThanOrEqualTo(MatchRules.LIKELY);
        assertThat(s.matched()).containsExactly("name", "date of birth");
    }

    @Test
    void swappedNamesAndAnInternationalPhoneMatch() {
        MatchRules.Score s = score(new MatchQuery("Whitehead", "Robert", null, "+44 7700 900123", null, null, null,
                null));
        assertThat(s.matched()).containsExactly("name (swapped)", "phone");
        assertThat(s.value()).isGreaterThanOrEqualTo(MatchRules.LIKELY);
    }

    @Test
    void aRelativeSharingPhoneAndAddressIsNotTakenForThem() {
        MatchRules.Score s = score(new MatchQuery("Susan", "Whitehead", LocalDate.of(1952, 7, 2), "07700900123", null,
                "OL2 9ZP", null, null));
        assertThat(s.value()).isLessThan(MatchRules.POSSIBLE);
    }

    @Test
    void aDateOfBirthWithDayAndMonthTransposedCountsAsClose() {
        MatchRules.Score transposed = MatchRules.score(new MatchQuery("Ann", "Lee", LocalDate.of(1960, 4, 5), null,
                null, null, null, null), new MatchQuery("Ann", "Lee", LocalDate.of(1960, 5, 4), null, null, null, null,
                null));
        assertThat(transposed.matched()).containsExactly("name", "date of birth (close)");
    }

    @Test
    void blockingKeysSurviveSwapsTyposAndFormatting() {
        MatchQuery typed = new MatchQuery("Whitehed", "Bobby", null, "+44 (0)7700 900 123", null, "ol2  9zp", null,
                "BOB@example.com");
        assertThat(MatchRules.keys(typed)).containsAll(
                MatchRules.keys(ROBERT).stream().filter(k -> !k.startsWith("d:") && !k.startsWith("u:")).toList());
    }

    @Test
    void aPostcodeTypedWithoutItsSpaceStillMatches() {
        MatchRules.Score s = score(new MatchQuery("Robert", "Whitehead", null, null, null, "ol29zp", null, null));
        assertThat(s.matched()).containsExactly("name", "postcode");
        assertThat(s.value()).isBetween(MatchRules.POSSIBLE, MatchRules.LIKELY - 1);
    }

    @Test
    void namesFoldAccentsAndPunctuation() {
        assertThat(MatchRules.name("O'Brien")).isEqualTo("obrien");
        assertThat(MatchRules.name("José")).isEqualTo("jose");
        assertThat(MatchRules.soundex("smith")).isEqualTo(MatchRules.soundex("smyth"));
    }
}
