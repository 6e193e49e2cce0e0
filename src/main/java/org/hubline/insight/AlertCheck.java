package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Community-intelligence alerts: compares the last seven days with the seven before for each hub
 * and theme, and records an alert, stated in words with the numbers, for each rise beyond both
 * thresholds (relative and absolute). Runs every morning, and when a director asks.
 */
@Component
class AlertCheck {

    private final DemandStore store;
    private final InsightSettings settings;
    private final org.hubline.places.HubDirectory places;
    private final Clock clock;

    AlertCheck(DemandStore store, InsightSettings settings, org.hubline.places.HubDirectory places, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.places = places;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")
    @Transactional
    public List<String> run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate weekStart = today.minusDays(7);
        List<DemandStore.Cell> thisWeek = store.cells(weekStart, today.minusDays(1), null);
        List<DemandStore.Cell> lastWeek = store.cells(weekStart.minusDays(7), weekStart.minusDays(1), null);
        Map<Long, String> hubNames = places.hubs().stream().filter(org.hubline.places.Hub::active)
                .collect(Collectors.toMap(org.hubline.places.Hub::id, org.hubline.places.Hub::name));
        List<String> fired = new ArrayList<>();
        for (Map.Entry<Long, String> hub : hubNames.entrySet()) {
            for (String theme : settings.themes().keySet()) {
                int now = count(thisWeek, hub.getKey(), theme);
                int before = count(lastWeek, hub.getKey(), theme);
                boolean rose = now - before >= settings.alertMinimumNeeds()
                        && (before == 0 || 100.0 * (now - before) / before >= settings.alertRisePercent());
                if (rose) {
                    String text = theme + " needs in the " + hub.getValue() + " rose "
                            + (before == 0 ? "from none" : Math.round(100.0 * (now - before) / before) + "%")
                            + " week on week: " + now + " in the seven days to " + today.minusDays(1)
                            + ", up from " + before + ".";
                    if (store.recordAlert(weekStart, hub.getKey(), theme, text, clock.instant())) {
                        fired.add(text);
                    }
                }
            }
        }
        return fired;
    }

    private int count(List<DemandStore.Cell> cells, long hub, String theme) {
        return cells.stream().filter(c -> c.hubId() == hub && settings.themeOf(c.categoryCode()).equals(theme))
                .mapToInt(DemandStore.Cell::needs).sum();
    }
}
