package org.hubline.residents;

import java.time.LocalDate;
import java.util.List;

/**
 * A likely existing resident for what the handler typed: a score out of 100 and the fields
 * that matched ("name", "date of birth", "phone", ...), so the handler can judge.
 */
public record ResidentMatch(long residentId, String name, LocalDate dateOfBirth, String postcode, String addressLine1,
        int score, List<String> matched, Strength strength) {

    public enum Strength {
        /** Very probably the same person: offered first. */
        LIKELY,
        /** Could be the same person: the handler decides, and a coordinator reviews if kept apart. */
        POSSIBLE
    }
}
