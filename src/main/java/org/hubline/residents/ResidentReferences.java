package org.hubline.residents;

import java.util.Optional;

/**
 * Implemented by modules that give out references a resident may quote (intake's help requests,
 * HR-1042; referrals, REF-000017), so the resident search finds who a reference belongs to.
 */
public interface ResidentReferences {

    /** The resident the reference (upper case, as "HR-1042") belongs to, if this module gave it out. */
    Optional<Long> residentOf(String reference);
}
