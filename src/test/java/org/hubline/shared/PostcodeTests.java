package org.hubline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodeTests {

    @Test
    void postcodesAreNormalisedWhateverTheCaseAndSpacing() {
        assertThat(Postcode.parse("ol1 1aa")).map(Postcode::value).contains("OL1 1AA");
        assertThat(Postcode.parse(" OL11AA ")).map(Postcode::value).contains("OL1 1AA");
        assertThat(Postcode.parse("M35  0AB")).map(Postcode::value).contains("M35 0AB");
        assertThat(Postcode.parse("sw1a1aa")).map(Postcode::value).contains("SW1A 1AA");
        assertThat(Postcode.parse("OL4 5AB").orElseThrow().outward()).isEqualTo("OL4");
    }

    @Test
    void theSpecialPostcodesAreAccepted() {
        assertThat(Postcode.parse("gir0aa")).map(Postcode::value).contains("GIR 0AA");
        assertThat(Postcode.parse("BF1 3AA")).map(Postcode::value).contains("BF1 3AA");
        assertThat(Postcode.parse("GIR 1AB")).isPresent();
        assertThat(Postcode.parse("GIRL 0AA")).isEmpty();
    }

    @Test
    void somethingThatIsNotAPostcodeIsRefused() {
        assertThat(Postcode.parse("not a postcode")).isEmpty();
        assertThat(Postcode.parse("OL1")).isEmpty();
        assertThat(Postcode.parse("1OL 1AA")).isEmpty();
        assertThat(Postcode.parse(null)).isEmpty();
    }
}
