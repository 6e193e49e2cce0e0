package org.hubline.residents;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Implemented by modules that give out references a resident may quote (intake's help requests,
 * HR-1042; referrals, REF-000017), so the resident search finds who a reference belongs to.
 */
public interface ResidentReferences {

    /** The resident the reference (upper case, as "HR-1042") belongs to, if this module gave it out. */
    Optional<Long> residentOf(String reference);

    /** The number in a reference with this prefix ("HR", "HR-1042" → 1042); empty for any other. */
    static Optional<Long> numberOf(String prefix, String reference) {
        if (reference == null || !reference.matches(Pattern.quote(prefix) + "-\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(reference.substring(prefix.length() + 1)));
    }
}
