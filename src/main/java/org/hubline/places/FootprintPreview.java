package org.hubline.places;

import java.util.List;

/** What a proposed change would do: the footprints after it, and the open requests that would move. */
public record FootprintPreview(List<HubFootprint> footprints, List<WardsReassigned.Moved> moves,
        int openRequestsMoving) {
}
