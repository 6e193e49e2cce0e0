package org.hubline.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.PartnerOrganisations;
import org.hubline.insight.DashboardTiles;
import org.hubline.insight.DemandDashboard;
import org.hubline.insight.DemandInsight;
import org.hubline.insight.InsightFilter;
import org.hubline.insight.SyntheticHistory;
import org.hubline.insight.Tile;
import org.hubline.places.HubDirectory;
import org.hubline.places.HubFootprint;
import org.hubline.places.Ward;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Insight benchmark (not a test): generates an Oldham-sized history into the rollups (by default
 * 240,000 residents and 1,000,000 requests over 18 months, with weekly and seasonal patterns and a
 * surge), then times the director's whole dashboard (every figure and tile, ready to show or
 * export) for the last four weeks, one hub, one ward and need, and the whole 18 months. Run with
 * {@code ./mvnw -q test-compile exec:java -Dvaadin.skip -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hubline.bench.InsightBenchmark -Dexec.args="h2|postgres [residents] [requests] [loads]"}.
 */
public final class InsightBenchmark {

    private InsightBenchmark() {
    }

    public static void main(String[] args) {
        String database = args.length > 0 ? args[0] : "postgres";
        int residents = args.length > 1 ? Integer.parseInt(args[1]) : 240_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int loads = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        ConfigurableApplicationContext app = BenchApp.start(database, "insightbench");
        try {
            BenchApp.signIn(app, "director");
            HubDirectory places = app.getBean(HubDirectory.class);
            List<SyntheticHistory.Place> wards = new ArrayList<>();
            for (HubFootprint footprint : places.footprints(null)) {
                for (Ward ward : footprint.wards()) {
                    wards.add(new SyntheticHistory.Place(ward.code(), footprint.hub().id(), ward.population()));
                }
            }
            List<Long> partners = app.getBean(PartnerOrganisations.class).all().stream()
                    .map(PartnerOrganisationRef::id).toList();
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            long started = System.nanoTime();
            SyntheticHistory.Summary made = SyntheticHistory.generate(app, wards, partners, residents, requests, 548,
                    today, 2020);
            System.out.printf("%s: generated %,d residents, %,d requests, %,d needs, %,d resolutions, %,d referral "
                    + "steps in %.1f s; rollup rows %s%n", database, made.residents(), made.requests(), made.needs(),
                    made.resolutions(), made.referralSteps(), (System.nanoTime() - started) / 1e9, made.rows());

            DemandInsight insight = app.getBean(DemandInsight.class);
            long north = places.hubs().getFirst().id();
            String ward = wards.getFirst().wardCode();
            time(insight, "last 4 weeks, every hub", InsightFilter.period(today.minusDays(27), today), loads);
            time(insight, "last 4 weeks, one hub", new InsightFilter(today.minusDays(27), today, north, null, null),
                    loads);
            time(insight, "last 4 weeks, one ward, food", new InsightFilter(today.minusDays(27), today, null, ward,
                    "FOOD"), loads);
            time(insight, "18 months, every hub (weekly)", InsightFilter.period(today.minusDays(547), today), loads);
        } finally {
            app.close();
        }
    }

    private static void time(DemandInsight insight, String what, InsightFilter filter, int loads) {
        for (int i = 0; i < 5; i++) {
            DashboardTiles.of(insight.dashboard(filter));
        }
        long[] nanos = new long[loads];
        int tiles = 0;
        long needs = 0;
        for (int i = 0; i < loads; i++) {
            long t0 = System.nanoTime();
            DemandDashboard d = insight.dashboard(filter);
            List<Tile> laidOut = DashboardTiles.of(d);
            nanos[i] = System.nanoTime() - t0;
            tiles = laidOut.size();
            needs = d.total().count();
        }
        BenchApp.report(String.format("dashboard (%d tiles, %,d needs) %s", tiles, needs, what), nanos);
    }
}
