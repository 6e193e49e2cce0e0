package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hubline.insight.RollupReads.NeedCount;
import org.hubline.insight.RollupStore.Scope;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.shared.security.RunAs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community-intelligence alerts: compares the last seven days with the seven before for each hub
 * and each ward, theme by theme and need by need (a need only when its theme has not risen), and
 * records an alert, stated in words with the numbers, for each
 * rise beyond both thresholds (relative and absolute). Runs every morning, and when a director asks.
 */
@Component
class AlertCheck {

    private static final String NEED = "need:";

    private final AlertStore alerts;
    private final RollupReads reads;
    private final NeedTaxonomy taxonomy;
    private final InsightSettings settings;
    private final HubDirectory places;
    private final Clock clock;
    private final RunAs runAs;

    AlertCheck(AlertStore alerts, RollupReads reads, InsightSettings settings, HubDirectory places, Clock clock,
            RunAs runAs, NeedTaxonomy taxonomy) {
        this.reads = reads;
        this.runAs = runAs;
        this.taxonomy = taxonomy;
        this.alerts = alerts;
        this.settings = settings;
        this.places = places;
        this.clock = clock;
    }

    /** Every morning, as the system, on one node of the cluster (the others skip that morning). */
    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")
    @SchedulerLock(name = "insight-alert-check", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void everyMorning() {
        runAs.system(this::run);
    }

    @Transactional
    public List<String> run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate weekStart = today.minusDays(7);
        Scope thisWeek = new Scope(weekStart, today.minusDays(1), null, null, null);
        List<NeedCount> now = reads.needs(thisWeek);
        List<NeedCount> before = reads.needs(thisWeek.shifted(7));
        Map<Long, String> hubNames = places.hubs().stream().filter(Hub::active)
                .collect(Collectors.toMap(Hub::id, Hub::name));
        Map<String, Ward> wards = places.wards().stream().collect(Collectors.toMap(Ward::code, w -> w));
        Map<String, long[]> counts = new TreeMap<>();
        tally(now, 0, counts);
        tally(before, 1, counts);
        Map<String, String> categoryNames = taxonomy.categoryNames();
        List<String> fired = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            String[] place = e.getKey().split("\\|", -1);
            long hubId = Long.parseLong(place[0]);
            String wardCode = place[1];
            String theme = place[2];
            long thisCount = e.getValue()[0];
            long lastCount = e.getValue()[1];
            boolean rose = rose(e.getValue());
            if (theme.startsWith(NEED)) {
                // a need's own alert only when its theme's alert in the same place has not said it already
                String category = theme.substring(NEED.length());
                rose &= !rose(counts.getOrDefault(place[0] + "|" + wardCode + "|" + settings.themeOf(category),
                        new long[2]));
                theme = categoryNames.getOrDefault(category, category);
            }
            String where = wardCode.isEmpty() ? (hubNames.containsKey(hubId) ? "the " + hubNames.get(hubId) : null)
                    : wards.containsKey(wardCode) ? wards.get(wardCode).name() + " ward" : null;
            if (rose && where != null) {
                String text = alertText(theme, where, thisCount, lastCount, today);
                if (alerts.recordAlert(weekStart, hubId, wardCode, place[2], text, clock.instant())) {
                    fired.add(text);
                }
            }
        }
        return fired;
    }

    private static String alertText(String theme, String where, long thisCount, long lastCount, LocalDate today) {
        return theme + " needs in " + where + " rose "
                + (lastCount == 0 ? "from none" : Math.round(100.0 * (thisCount - lastCount) / lastCount) + "%")
                + " week on week: " + thisCount + " in the seven days to " + today.minusDays(1)
                + ", up from " + lastCount + ".";
    }

    private boolean rose(long[] weeks) {
        return weeks[0] - weeks[1] >= settings.alertMinimumNeeds()
                && (weeks[1] == 0 || 100.0 * (weeks[0] - weeks[1]) / weeks[1] >= settings.alertRisePercent());
    }

    /**
     * Adds each row to its hub's and its ward's counts for the row's theme and for its need
     * ("hub|ward|theme" and "hub|ward|need:CODE").
     */
    private void tally(List<NeedCount> rows, int slot, Map<String, long[]> counts) {
        for (NeedCount r : rows) {
            long hub = r.hubId();
            for (String what : List.of(settings.themeOf(r.categoryCode()), NEED + r.categoryCode())) {
                counts.computeIfAbsent(hub + "||" + what, k -> new long[2])[slot] += r.needs();
                if (!r.wardCode().isEmpty()) {
                    counts.computeIfAbsent(hub + "|" + r.wardCode() + "|" + what, k -> new long[2])[slot]
                            += r.needs();
                }
            }
        }
    }
}
