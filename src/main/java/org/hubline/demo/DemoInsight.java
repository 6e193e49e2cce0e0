package org.hubline.demo;

import org.hubline.insight.MadeUpHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Twelve weeks of made-up aggregate demand (no residents behind it) with economic needs rising
 * sharply in Coldhurst in the last week, so a director has trends, ward rates and an alert to
 * explore. The demo's own calls add to it. Done as the admin.
 */
@Component
@DemoOnly
class DemoInsight {

    private static final Logger log = LoggerFactory.getLogger(DemoInsight.class);
    static final int DAYS = 84;

    private final MadeUpHistory history;

    DemoInsight(MadeUpHistory history) {
        this.history = history;
    }

    void addMadeUpHistory() {
        history.fillIfEmpty(4_000, 10_000, DAYS, "Coldhurst").ifPresent(made -> log.info(
                "Demo insight: {} made-up requests over the {} days to {}, {} alerts", made.requests(), made.days(),
                made.to(), made.alerts()));
    }
}
