package org.hubline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hubline.shared.validation.PersonName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A handler records names as people spell them, in any alphabet; a name needs letters. */
class ResidentNamesTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static boolean accepted(String first, String last) {
        return VALIDATOR.validate(aResident().called(first, last).inShaw().build()).stream()
                .noneMatch(v -> v.getMessage().equals(PersonName.MESSAGE));
    }

    @Test
    void namesWithAccentsApostrophesHyphensAndOtherAlphabetsAreAccepted() {
        assertThat(accepted("Zoë", "O'Brien")).isTrue();
        assertThat(accepted("Anne-Marie", "St. John")).isTrue();
        assertThat(accepted("Thị", "Nguyễn")).isTrue();
        assertThat(accepted("محمد", "علي")).isTrue();
        assertThat(accepted("Siobhán", "Ní Bhriain")).isTrue();
    }

    @Test
    void aNameMadeOnlyOfEmojiDigitsOrPunctuationIsRefused() {
        assertThat(accepted("😀😀", "Smith")).isFalse();
        assertThat(accepted("Jo", "12345")).isFalse();
        assertThat(accepted("--", "Smith")).isFalse();
        assertThat(accepted("Jo", "Smith 😀")).isFalse();
    }
}
