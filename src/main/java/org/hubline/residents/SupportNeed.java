package org.hubline.residents;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What help given to a resident must respect: what they can eat, and how to communicate with and
 * reach them. Shown wherever help is arranged: the call screen, a volunteer's task, a partner's
 * referral.
 */
public enum SupportNeed {
    HALAL("Halal", Kind.DIET), KOSHER("Kosher", Kind.DIET), VEGETARIAN("Vegetarian", Kind.DIET),
    VEGAN("Vegan", Kind.DIET), GLUTEN_FREE("Gluten-free", Kind.DIET), FOOD_ALLERGY("Food allergy", Kind.DIET),
    BSL("British Sign Language", Kind.ACCESS), LARGE_PRINT("Large print", Kind.ACCESS),
    EASY_READ("Easy read", Kind.ACCESS), HEARING_LOSS("Hearing loss", Kind.ACCESS),
    SIGHT_LOSS("Sight loss", Kind.ACCESS), MOBILITY("Limited mobility", Kind.ACCESS);

    /** Dietary requirements, or communication and access needs. */
    public enum Kind {
        DIET, ACCESS
    }

    private final String label;
    private final Kind kind;

    SupportNeed(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * "Diet: halal, food allergy (peanuts) · Access: BSL; interpreter (Polish)", or empty when there
     * is nothing to respect: one line for a task, a referral or the call screen.
     */
    public static String describe(Collection<SupportNeed> needs, String note, String interpreterLanguage) {
        String diet = needs.stream().filter(n -> n.kind == Kind.DIET).sorted().map(SupportNeed::label)
                .collect(Collectors.joining(", "));
        String access = needs.stream().filter(n -> n.kind == Kind.ACCESS).sorted().map(SupportNeed::label)
                .collect(Collectors.joining(", "));
        if (interpreterLanguage != null) {
            access = access.isEmpty() ? "Interpreter (" + interpreterLanguage + ")"
                    : access + ", interpreter (" + interpreterLanguage + ")";
        }
        StringBuilder line = new StringBuilder();
        if (!diet.isEmpty()) {
            line.append("Diet: ").append(diet);
        }
        if (!access.isEmpty()) {
            line.append(line.isEmpty() ? "" : " · ").append("Access: ").append(access);
        }
        if (note != null && !note.isBlank()) {
            line.append(line.isEmpty() ? "" : " · ").append("Note: ").append(note.trim());
        }
        return line.toString();
    }
}
