package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.PartnerOrganisations;
import org.hubline.places.HubDirectory;
import org.hubline.places.HubFootprint;
import org.hubline.places.Ward;
import org.hubline.shared.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Demo only: the dashboards of a fresh demo start with twelve weeks of made-up aggregate demand
 * (no residents behind it), with economic needs rising sharply in Coldhurst in the last week, so
 * a director has trends, ward rates and an alert to explore. The demo's own calls add to it.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(25)
class DemoInsight implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInsight.class);
    static final int DAYS = 84;

    private final RollupStore store;
    private final PlatformTransactionManager transactions;
    private final HubDirectory places;
    private final PartnerOrganisations partners;
    private final AlertCheck alerts;
    private final RunAs runAs;
    private final Clock clock;

    DemoInsight(RollupStore store, PlatformTransactionManager transactions, HubDirectory places,
            PartnerOrganisations partners, AlertCheck alerts, RunAs runAs, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.places = places;
        this.partners = partners;
        this.alerts = alerts;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!store.isEmpty()) {
            return;
        }
        runAs.run("director", () -> {
            List<SyntheticHistory.Place> wards = new ArrayList<>();
            String coldhurst = null;
            for (HubFootprint footprint : places.footprints(null)) {
                for (Ward ward : footprint.wards()) {
                    wards.add(new SyntheticHistory.Place(ward.code(), footprint.hub().id(), ward.population()));
                    coldhurst = ward.name().equals("Coldhurst") ? ward.code() : coldhurst;
                }
            }
            if (wards.isEmpty()) {
                return;
            }
            List<Long> partnerIds = partners.all().stream().map(PartnerOrganisationRef::id).toList();
            LocalDate today = LocalDate.now(clock);
            var made = SyntheticHistory.write(store, transactions, false, wards, partnerIds, 4_000, 10_000, DAYS,
                    today, 2020, coldhurst);
            List<String> fired = alerts.run();
            log.info("Demo insight: {} made-up requests over the {} days to {}, {} alerts", made.requests(), DAYS,
                    today.minusDays(1), fired.size());
        });
    }
}
