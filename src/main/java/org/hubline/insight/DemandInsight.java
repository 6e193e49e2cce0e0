package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.intake.Channel;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand for strategic directors (and admins): needs by theme, category, hub, ward (per 1,000
 * residents) and channel for a period, each against the previous period of the same length,
 * from the rollup, never from residents' records. Ward counts below the smallest shown are
 * suppressed. Week-on-week rises of a theme in a hub beyond the thresholds raise alerts.
 */
@Service
@Transactional
public class DemandInsight {

    static final String READS = "hasAnyRole('STRATEGIC_DIRECTOR', 'ADMIN')";

    private final DemandStore store;
    private final HubDirectory places;
    private final InsightSettings settings;
    private final Clock clock;
    private final AlertCheck alertCheck;

    DemandInsight(DemandStore store, HubDirectory places, InsightSettings settings, Clock clock,
            AlertCheck alertCheck) {
        this.alertCheck = alertCheck;
        this.store = store;
        this.places = places;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize(READS)
    public DemandDashboard dashboard(LocalDate from, LocalDate to, Long hubId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("period", "Choose a period: its first day, then its last");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<DemandStore.Cell> now = store.cells(from, to, hubId);
        List<DemandStore.Cell> before = store.cells(from.minusDays(days), from.minusDays(1), hubId);
        Map<Long, String> hubNames = places.hubs().stream().collect(Collectors.toMap(Hub::id, Hub::name));
        Map<String, Ward> wards = places.wards().stream().collect(Collectors.toMap(Ward::code, Function.identity()));
        Tally total = new Tally("All needs", sum(now), sum(before), null, false, false);
        List<Tally> themes = tallies(now, before, c -> settings.themeOf(c.categoryCode()), null, false);
        List<Tally> categories = tallies(now, before, DemandStore.Cell::categoryCode, null, false);
        List<Tally> hubs = tallies(now, before, c -> c.hubId() == DemandRollup.NO_HUB ? "No hub (out of area)"
                : hubNames.getOrDefault(c.hubId(), "Hub " + c.hubId()), null, false);
        List<Tally> byWard = tallies(now, before, c -> c.wardCode().isEmpty() ? "Ward not known"
                : wards.containsKey(c.wardCode()) ? wards.get(c.wardCode()).name() : c.wardCode(),
                label -> wards.values().stream().filter(w -> w.name().equals(label)).mapToInt(Ward::population)
                        .findFirst().orElse(0), true);
        List<Tally> channels = tallies(now, before, c -> Channel.valueOf(c.channel()).label(), null, false);
        return new DemandDashboard(from, to, hubId == null ? "Every hub" : hubNames.get(hubId), total, themes,
                categories, hubs, byWard, channels, alerts());
    }

    /** Checks for sharp rises now (it also runs every morning) and returns the alerts fired. */
    @PreAuthorize(READS)
    public List<String> checkAlerts() {
        return alertCheck.run();
    }

    /** Alerts fired, newest first, with when. */
    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public List<String> alerts() {
        return store.alerts(50).stream().map(a -> a.text() + " (fired "
                + a.firedAt().atZoneSameInstant(clock.getZone()).toLocalDate() + ")").toList();
    }

    private List<Tally> tallies(List<DemandStore.Cell> now, List<DemandStore.Cell> before,
            Function<DemandStore.Cell, String> key, java.util.function.ToIntFunction<String> population,
            boolean suppress) {
        Map<String, Integer> current = group(now, key);
        Map<String, Integer> previous = group(before, key);
        List<Tally> tallies = new ArrayList<>();
        java.util.Set<String> labels = new java.util.TreeSet<>(current.keySet());
        labels.addAll(previous.keySet());
        for (String label : labels) {
            int count = current.getOrDefault(label, 0);
            Integer people = population == null ? null : population.applyAsInt(label);
            Double rate = people == null || people == 0 ? null : Math.round(10_000.0 * count / people) / 10.0;
            int prior = previous.getOrDefault(label, 0);
            boolean hidden = suppress && count > 0 && count < settings.smallestShown();
            boolean priorHidden = suppress && prior > 0 && prior < settings.smallestShown();
            tallies.add(new Tally(label, count, priorHidden ? 0 : prior, hidden ? null : rate, hidden, priorHidden));
        }
        tallies.sort(Comparator.comparingInt(Tally::count).reversed().thenComparing(Tally::label));
        return tallies;
    }

    private static Map<String, Integer> group(List<DemandStore.Cell> cells, Function<DemandStore.Cell, String> key) {
        Map<String, Integer> map = new LinkedHashMap<>();
        cells.forEach(c -> map.merge(key.apply(c), c.needs(), Integer::sum));
        return map;
    }

    private static int sum(List<DemandStore.Cell> cells) {
        return cells.stream().mapToInt(DemandStore.Cell::needs).sum();
    }
}
