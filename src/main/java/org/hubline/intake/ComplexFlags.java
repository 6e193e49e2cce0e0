package org.hubline.intake;

import java.util.Set;

/**
 * Implemented by the module that flags complex demand (casework), so a hub's residents list can
 * show and filter who the rules flag without intake knowing the rules.
 */
public interface ComplexFlags {

    /** The hub's residents the complex-demand rules flag now. */
    Set<Long> flaggedIn(long hubId);
}
