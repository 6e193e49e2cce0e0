package org.hubline.residents;

import java.util.Set;

/**
 * Implemented by modules that route a resident's work to hubs (intake), so a coordinator can
 * open a resident whose open needs were routed to their hub — sent there by hand, or moved there
 * with their ward — even while the resident's own hub is another.
 */
public interface HubsWorkingFor {

    /** The hubs with open work for the resident. */
    Set<Long> hubsWorkingFor(long residentId);
}
