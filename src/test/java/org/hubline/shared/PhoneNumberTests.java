package org.hubline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTests {

    @Test
    void ukNumbersAreNormalisedWhateverTheFormat() {
        assertThat(PhoneNumber.parse("07700 900123")).map(PhoneNumber::digits).contains("07700900123");
        assertThat(PhoneNumber.parse("+44 7700 900123")).map(PhoneNumber::digits).contains("07700900123");
        assertThat(PhoneNumber.parse("0044 (0)7700-900123")).map(PhoneNumber::digits).contains("07700900123");
        assertThat(PhoneNumber.parse("0161 496 0000")).map(PhoneNumber::digits).contains("01614960000");
    }

    @Test
    void theyAreShownTheWayPeopleWriteThem() {
        assertThat(PhoneNumber.parse("07700900123").orElseThrow().formatted()).isEqualTo("07700 900123");
        assertThat(PhoneNumber.parse("01614960000").orElseThrow().formatted()).isEqualTo("0161 496 0000");
        assertThat(PhoneNumber.parse("02079460000").orElseThrow().formatted()).isEqualTo("020 7946 0000");
        assertThat(PhoneNumber.parse("01457123456").orElseThrow().formatted()).isEqualTo("01457 123456");
    }

    @Test
    void somethingThatIsNotAUkNumberIsRefused() {
        assertThat(PhoneNumber.parse("12345")).isEmpty();
        assertThat(PhoneNumber.parse("+1 202 555 0100")).isEmpty();
        assertThat(PhoneNumber.parse("call me")).isEmpty();
        assertThat(PhoneNumber.parse("09700 900123")).isEmpty();
        assertThat(PhoneNumber.parse(null)).isEmpty();
    }

    @Test
    void aRelativeAbroadCanBeReachedOnAnInternationalNumber() {
        assertThat(PhoneNumber.parseAnywhere("+1 202 555 0100")).map(PhoneNumber::digits).contains("+12025550100");
        assertThat(PhoneNumber.parseAnywhere("0092 300 1234567")).map(PhoneNumber::digits).contains("+923001234567");
        assertThat(PhoneNumber.parseAnywhere("+1 202 555 0100").orElseThrow().formatted())
                .isEqualTo("+1 202-555-0100");
        assertThat(PhoneNumber.parseAnywhere("07700 900123")).map(PhoneNumber::digits).contains("07700900123");
        assertThat(PhoneNumber.parseAnywhere("+1 2")).isEmpty();
        assertThat(PhoneNumber.parseAnywhere("+447700900123")).map(PhoneNumber::digits).contains("07700900123");
        assertThat(PhoneNumber.parseAnywhere("+1 202 555 0100").orElseThrow().isUk()).isFalse();
    }
}
