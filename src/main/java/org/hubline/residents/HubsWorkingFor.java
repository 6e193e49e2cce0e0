package org.hubline.residents;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by modules that route a resident's work to hubs (intake), so a coordinator can
 * open a resident whose open needs were routed to their hub — sent there by hand, or moved there
 * with their ward — even while the resident's own hub is another.
 */
public interface HubsWorkingFor {

    /** The hubs with open work for the resident. */
    Set<Long> hubsWorkingFor(long residentId);

    /** The same for many residents at once (a list of search results), by resident id. */
    default Map<Long, Set<Long>> hubsWorkingFor(Collection<Long> residentIds) {
        Map<Long, Set<Long>> hubs = new HashMap<>();
        residentIds.forEach(id -> hubs.put(id, hubsWorkingFor(id)));
        return hubs;
    }
}
