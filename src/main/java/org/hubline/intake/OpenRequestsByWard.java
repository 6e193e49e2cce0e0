package org.hubline.intake;

import org.hubline.places.OpenWorkInWards;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the footprint designer how many open help requests a ward move would take with it. */
@Component
class OpenRequestsByWard implements OpenWorkInWards {

    private final WardMoveStore store;

    OpenRequestsByWard(WardMoveStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public int openRequests(String wardCode, long hubId) {
        return store.openRequests(wardCode, hubId);
    }
}
