package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;

import org.hubline.intake.HelpRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the demand rollup current: each routed need adds one to its day, hub, ward, category and channel. */
@Component
class DemandRollup {

    static final long NO_HUB = 0;
    static final String NO_WARD = "";

    private final DemandStore store;
    private final Clock clock;

    DemandRollup(DemandStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HelpRequested request) {
        LocalDate day = request.at().atZone(clock.getZone()).toLocalDate();
        for (HelpRequested.RoutedNeed need : request.needs()) {
            store.add(day, need.hubId() == null ? NO_HUB : need.hubId(), need.wardCode() == null ? NO_WARD
                    : need.wardCode(), need.categoryCode(), request.channel().name(), 1);
        }
    }
}
