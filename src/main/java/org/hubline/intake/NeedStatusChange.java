package org.hubline.intake;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a need's status changes: records it, closes the request with its last need, and
 * announces a need that has ended ({@link NeedResolved}) for insight.
 */
@Component
class NeedStatusChange {

    private final IntakeStore store;
    private final ApplicationEventPublisher events;

    NeedStatusChange(IntakeStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    void apply(long needId, long requestId, NeedStatus status, String reason, Instant now) {
        store.setNeedStatus(needId, status, reason, status.open() ? null : now);
        store.refreshRequestOpen(requestId, now);
        if (!status.open()) {
            events.publishEvent(store.resolution(needId, status, now));
        }
    }
}
