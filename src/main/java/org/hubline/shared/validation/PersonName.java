package org.hubline.shared.validation;

/**
 * What a person's name may be made of: letters of any alphabet (with their accents), and the
 * spaces, apostrophes, hyphens and full stops between them ("Zoë", "O'Brien", "Anne-Marie",
 * "Nguyễn", "محمد"); at least one letter, so emoji, digits or punctuation alone are refused.
 */
public final class PersonName {

    /** Blank is left to {@code @NotBlank}, which asks for the name. */
    public static final String PATTERN = "^\\s*$|^(?=.*\\p{L})[\\p{L}\\p{M} '’.\\-]+$";
    public static final String MESSAGE = "Use letters for the name (any alphabet; spaces, apostrophes and "
            + "hyphens are fine)";

    private PersonName() {
    }
}
