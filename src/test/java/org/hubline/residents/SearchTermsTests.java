package org.hubline.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The search reads what a handler types as the caller says it. */
class SearchTermsTests {

    @Test
    void aNameAndADateOfBirthInAnyUkForm() {
        for (String dob : List.of("14/03/1948", "14-3-1948", "14.03.1948", "1948-03-14", "14031948")) {
            SearchTerms terms = SearchTerms.parse("Margaret Thomson " + dob);
            assertThat(terms.names()).containsExactly("margaret", "thomson");
            assertThat(terms.dateOfBirth()).as(dob).isEqualTo(LocalDate.of(1948, 3, 14));
        }
    }

    @Test
    void aPhoneNumberAPostcodeAndAUprnWithOrWithoutSpaces() {
        SearchTerms terms = SearchTerms.parse("07700 900123 ol2 9zp 100012345678");
        assertThat(terms.phone()).isEqualTo("07700900123");
        assertThat(terms.postcode()).isEqualTo("OL2 9ZP");
        assertThat(terms.uprn()).isEqualTo("100012345678");
        assertThat(terms.names()).isEmpty();
        assertThat(SearchTerms.parse("+44 161 496 0000").phone()).isEqualTo("01614960000");
    }

    @Test
    void aReferenceTheResidentQuotes() {
        assertThat(SearchTerms.parse("hr 1042").reference()).isEqualTo("HR-1042");
        assertThat(SearchTerms.parse("REF-000017").reference()).isEqualTo("REF-000017");
    }

    @Test
    void anImpossibleDateAHouseNumberAndALoneLetterAreNotSearchedFor() {
        SearchTerms terms = SearchTerms.parse("31/02/1950 12 J O'Brien");
        assertThat(terms.dateOfBirth()).isNull();
        assertThat(terms.uprn()).isNull();
        assertThat(terms.names()).containsExactly("obrien");
        assertThat(SearchTerms.parse("  j ").isEmpty()).isTrue();
    }

    @Test
    void theAuditHearsOnlyWhatKindsOfTermWereUsed() {
        assertThat(SearchTerms.parse("Thomson 14/03/1948 OL2 9ZP").kinds()).isEqualTo("name, date of birth, postcode");
    }

    @Test
    void aKeyRangeCoversEveryNameStartingWithThePrefix() {
        assertThat(ResidentStore.upperBound("l:thom")).isEqualTo("l:thon");
        assertThat(ResidentStore.upperBound("l:liz")).isEqualTo("l:lj");
        assertThat(ResidentStore.upperBound("l:zz")).isNull();
    }
}
