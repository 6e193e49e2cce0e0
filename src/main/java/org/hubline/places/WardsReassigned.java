package org.hubline.places;

import java.time.LocalDate;
import java.util.List;

/**
 * Wards moved to other hubs from a date on. Modules that route work by ward (intake) move their
 * open work with them; closed work keeps its historic hub.
 */
public record WardsReassigned(LocalDate effectiveFrom, List<Moved> moves, String reason) {

    public record Moved(String wardCode, long fromHubId, long toHubId) {
    }
}
