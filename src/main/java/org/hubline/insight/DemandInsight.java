package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.PartnerOrganisations;
import org.hubline.insight.DemandDashboard.Figure;
import org.hubline.insight.DemandDashboard.HubWork;
import org.hubline.insight.DemandDashboard.PartnerOutcome;
import org.hubline.insight.DemandDashboard.TrendPoint;
import org.hubline.insight.RollupStore.Rollup;
import org.hubline.insight.RollupStore.Row;
import org.hubline.insight.RollupStore.Scope;
import org.hubline.intake.Channel;
import org.hubline.intake.HubBacklog;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.volunteers.HubCapacity;
import org.hubline.volunteers.VolunteerRoster;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand for strategic directors and admins (every hub) and hub coordinators (their own hubs):
 * the dashboard for a filter, from insight's rollups and a few live counts (backlog, volunteer
 * capacity), never from residents' records. Ward counts, and every count once a ward is chosen,
 * below the smallest shown are suppressed. Week-on-week rises raise alerts.
 */
@Service
@Transactional(readOnly = true)
public class DemandInsight {

    static final String READS = "hasAnyRole('STRATEGIC_DIRECTOR', 'ADMIN', 'HUB_COORDINATOR')";
    /** The longest period one dashboard covers. */
    static final int LONGEST_PERIOD_DAYS = 731;

    private final RollupStore store;
    private final HubDirectory places;
    private final InsightSettings settings;
    private final Clock clock;
    private final AlertCheck alertCheck;
    private final CurrentUser currentUser;
    private final NeedTaxonomy taxonomy;
    private final HubNeeds hubNeeds;
    private final VolunteerRoster volunteers;
    private final PartnerOrganisations partners;
    private final RollupRebuild rebuild;

    DemandInsight(RollupStore store, HubDirectory places, InsightSettings settings, Clock clock, AlertCheck alertCheck,
            CurrentUser currentUser, NeedTaxonomy taxonomy, HubNeeds hubNeeds, VolunteerRoster volunteers,
            PartnerOrganisations partners, RollupRebuild rebuild) {
        this.rebuild = rebuild;
        this.store = store;
        this.places = places;
        this.settings = settings;
        this.clock = clock;
        this.alertCheck = alertCheck;
        this.currentUser = currentUser;
        this.taxonomy = taxonomy;
        this.hubNeeds = hubNeeds;
        this.volunteers = volunteers;
        this.partners = partners;
    }

    /** The hubs the user may look at: every hub for directors and admins, their own for coordinators. */
    @PreAuthorize(READS)
    public List<Hub> hubChoices() {
        HubScope scope = scope();
        return places.hubs().stream().filter(h -> scope.includes(h.id())).toList();
    }

    /** The wards of the hubs the user may look at. */
    @PreAuthorize(READS)
    public List<Ward> wardChoices() {
        HubScope scope = scope();
        if (scope.all()) {
            return places.wards().stream().sorted(Comparator.comparing(Ward::name)).toList();
        }
        return places.footprints(null).stream().filter(f -> scope.includes(f.hub().id()))
                .flatMap(f -> f.wards().stream()).sorted(Comparator.comparing(Ward::name)).toList();
    }

    /** Need categories by code, for the filter. */
    @PreAuthorize(READS)
    public Map<String, String> categoryChoices() {
        return taxonomy.categoryNames();
    }

    @PreAuthorize(READS)
    public DemandDashboard dashboard(InsightFilter filter) {
        if (filter == null || filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())) {
            throw InvalidInputException.of("period", "Choose a period: its first day, then its last");
        }
        if (filter.days() > LONGEST_PERIOD_DAYS) {
            throw InvalidInputException.of("period", "Choose a period of two years or less");
        }
        HubScope allowed = scope();
        if (filter.hubId() != null && !allowed.includes(filter.hubId())) {
            throw new AccessDeniedException("You can see the figures of your own hubs only.");
        }
        Collection<Long> hubs = filter.hubId() != null ? Set.of(filter.hubId()) : allowed.all() ? null
                : allowed.hubIds();
        Map<String, Ward> wards = places.wards().stream().collect(Collectors.toMap(Ward::code, Function.identity()));
        if (filter.wardCode() != null && (!wards.containsKey(filter.wardCode())
                || wardChoices().stream().noneMatch(w -> w.code().equals(filter.wardCode())))) {
            throw InvalidInputException.of("ward", "Choose one of your hubs' wards");
        }
        Scope now = new Scope(filter.from(), filter.to(), hubs, filter.wardCode(), filter.categoryCode());
        Scope before = now.shifted(filter.days());
        boolean wardLevel = filter.wardCode() != null;
        Disclosure disclosure = new Disclosure(settings.smallestShown(), wardLevel);
        Disclosure wardCounts = new Disclosure(settings.smallestShown(), true);
        Map<Long, String> hubNames = places.hubs().stream().collect(Collectors.toMap(Hub::id, Hub::name));
        Map<String, String> categoryNames = taxonomy.categoryNames();
        Function<Long, String> hubName = id -> id == DemandRollup.NO_HUB ? "No hub (out of area)"
                : hubNames.getOrDefault(id, "Hub " + id);

        List<String> dims = List.of("hub_id", "ward_code", "category_code", "channel");
        List<Row> demandNow = store.sum(Rollup.DEMAND, now, dims, List.of("needs"));
        List<Row> demandBefore = store.sum(Rollup.DEMAND, before, dims, List.of("needs"));
        Tallies t = new Tallies(demandNow, demandBefore);
        Tally total = t.one("All needs", disclosure);
        List<Tally> themes = t.by(r -> settings.themeOf(r.text(2)), null, disclosure);
        List<Tally> categories = t.by(r -> categoryNames.getOrDefault(r.text(2), r.text(2)), null, disclosure);
        List<Tally> byHub = t.by(r -> hubName.apply(r.number(0)), null, disclosure);
        Map<String, Integer> populations = wards.values().stream().collect(Collectors.toMap(Ward::name,
                Ward::population, (a, b) -> a));
        List<Tally> byWard = t.by(r -> wardLabel(wards, r.text(1)), label -> populations.getOrDefault(label, 0),
                wardCounts);
        List<Tally> channels = t.by(r -> Channel.valueOf(r.text(3)).label(), null, disclosure);

        List<String> reqCounters = List.of("requests", "repeat_requests", "complex_requests", "needs");
        long[] reqNow = totals(store.sum(Rollup.REQUESTS, now, List.of(), reqCounters), 4);
        long[] reqBefore = totals(store.sum(Rollup.REQUESTS, before, List.of(), reqCounters), 4);
        Tally requests = disclosure.tally("All requests", reqNow[0], reqBefore[0], null);

        boolean weekly = now.weekly();
        List<TrendPoint> trend = trend(now, weekly, disclosure);
        List<Figure> repeat = repeatAndComplex(reqNow, reqBefore, disclosure);
        List<Tally> vulnerabilities = new Tallies(
                store.sum(Rollup.VULNERABILITIES, now, List.of("vulnerability"), List.of("requests")),
                store.sum(Rollup.VULNERABILITIES, before, List.of("vulnerability"), List.of("requests")))
                .by(r -> vulnerabilityLabel(r.text(0)), null, disclosure);
        List<PartnerOutcome> referrals = referrals(now);
        List<HubWork> hubWork = hubWork(now, filter, hubs, hubName, byHub, disclosure);
        List<DemandDashboard.WardOnMap> wardMap = wardMap(wards, byWard);

        List<String> notes = new ArrayList<>();
        if (filter.categoryCode() != null) {
            notes.add("Requests, repeat and complex demand and the vulnerability mix count every request, whatever "
                    + "its needs: a request can carry needs of several kinds.");
        }
        if (wardLevel) {
            notes.add("Referral outcomes and volunteer capacity are counted by hub, not by ward. Every count under "
                    + settings.smallestShown() + " shows as \"fewer than " + settings.smallestShown() + "\".");
        }
        String scopeName = filter.hubId() != null ? hubNames.get(filter.hubId()) : allowed.all() ? "Every hub"
                : allowed.hubIds().stream().map(hubNames::get).sorted().collect(Collectors.joining(" and "));
        if (wardLevel) {
            scopeName = wards.get(filter.wardCode()).name() + " ward";
        }
        if (filter.categoryCode() != null) {
            scopeName += ", " + categoryNames.getOrDefault(filter.categoryCode(), filter.categoryCode()) + " needs";
        }
        return new DemandDashboard(filter, scopeName, total, requests, themes, categories, byHub, byWard, channels,
                wardMap, weekly, trend, new ArrayList<>(settings.themes().keySet()), repeat, vulnerabilities,
                referrals, hubWork, alerts(hubs), notes);
    }

    private static String wardLabel(Map<String, Ward> wards, String code) {
        return code.isEmpty() ? "Ward not known" : wards.containsKey(code) ? wards.get(code).name() : code;
    }

    /** Every ward with a place on the hex map, with its tally (null if it had no needs). */
    private List<DemandDashboard.WardOnMap> wardMap(Map<String, Ward> wards, List<Tally> byWard) {
        Map<String, Tally> byLabel = byWard.stream().collect(Collectors.toMap(Tally::label, Function.identity()));
        return places.hexLayout().stream().filter(hex -> wards.containsKey(hex.wardCode()))
                .map(hex -> new DemandDashboard.WardOnMap(hex.wardCode(), wards.get(hex.wardCode()).name(), hex.q(),
                        hex.r(), byLabel.get(wards.get(hex.wardCode()).name())))
                .toList();
    }

    /** Checks for sharp rises now (it also runs every morning) and returns the alerts fired. */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'ADMIN')")
    @Transactional
    public List<String> checkAlerts() {
        return alertCheck.run();
    }

    /**
     * Counts everything again from the records (admins only): after restoring a backup, or if the
     * counts are ever in doubt. The demo's made-up history has no records behind it and goes.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public String rebuild() {
        RollupRebuild.Result result = rebuild.run();
        return String.format(Locale.UK, "Counted again from the records: %,d requests, %,d needs resolved and %,d "
                + "referral steps.", result.requests(), result.resolutions(), result.referralSteps());
    }

    /** Alerts fired for the hubs the user may see, newest first, with when. */
    @PreAuthorize(READS)
    public List<String> alerts() {
        HubScope allowed = scope();
        return alerts(allowed.all() ? null : allowed.hubIds());
    }

    private List<String> alerts(Collection<Long> hubs) {
        return store.alerts(hubs, 50).stream().map(a -> a.text() + " (fired "
                + a.firedAt().atZoneSameInstant(clock.getZone()).toLocalDate() + ")").toList();
    }

    private HubScope scope() {
        return currentUser.aggregateScope();
    }

    // ---- tiles

    private List<TrendPoint> trend(Scope now, boolean weekly, Disclosure disclosure) {
        Map<LocalDate, long[]> requests = new TreeMap<>();
        for (Row r : store.sum(Rollup.REQUESTS, now, List.of("on_day"), List.of("requests", "repeat_requests"))) {
            long[] sums = requests.computeIfAbsent(bucket((LocalDate) r.group().get(0), weekly), k -> new long[2]);
            sums[0] += r.sums()[0];
            sums[1] += r.sums()[1];
        }
        Map<LocalDate, Map<String, Long>> themes = new TreeMap<>();
        for (Row r : store.sum(Rollup.DEMAND, now, List.of("on_day", "category_code"), List.of("needs"))) {
            themes.computeIfAbsent(bucket((LocalDate) r.group().get(0), weekly), k -> new LinkedHashMap<>())
                    .merge(settings.themeOf(r.text(1)), r.sums()[0], Long::sum);
        }
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate day = bucket(now.from(), weekly); !day.isAfter(now.to()); day = day.plusDays(weekly ? 7 : 1)) {
            long[] req = requests.getOrDefault(day, new long[2]);
            Map<String, Long> byTheme = new LinkedHashMap<>();
            for (String theme : settings.themes().keySet()) {
                byTheme.put(theme, disclosure.drawn(themes.getOrDefault(day, Map.of()).getOrDefault(theme, 0L)));
            }
            long needs = themes.getOrDefault(day, Map.of()).values().stream().mapToLong(Long::longValue).sum();
            points.add(new TrendPoint((weekly ? "Week of " : "") + day.format(DateTimeFormatter
                    .ofPattern(weekly ? "d MMM yyyy" : "EEE d MMM", Locale.UK)), day, disclosure.drawn(req[0]),
                    disclosure.drawn(needs), disclosure.drawn(req[1]), byTheme));
        }
        return points;
    }

    private static LocalDate bucket(LocalDate day, boolean weekly) {
        return weekly ? RollupStore.weekOf(day) : day;
    }

    private List<Figure> repeatAndComplex(long[] now, long[] before, Disclosure disclosure) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("Requests for help", disclosure.shown(now[0]), disclosure.shown(before[0]),
                Tally.change(now[0], before[0], disclosure.hidesEither(now[0], before[0]))));
        figures.add(share("From residents with 2 or more requests in 28 days (repeat demand)", now[1], now[0],
                before[1], before[0], disclosure));
        figures.add(share("From residents asking in 3 or more need categories in 28 days (complex demand)", now[2],
                now[0], before[2], before[0], disclosure));
        String perNow = now[0] == 0 ? "none" : String.format(Locale.UK, "%.2f", (double) now[3] / now[0]);
        String perBefore = before[0] == 0 ? "none" : String.format(Locale.UK, "%.2f", (double) before[3] / before[0]);
        boolean hide = disclosure.hidesEither(now[0], before[0]);
        figures.add(new Figure("Needs per request", hide ? DemandDashboard.SUPPRESSED : perNow,
                hide ? DemandDashboard.SUPPRESSED : perBefore, hide || now[0] == 0 || before[0] == 0 ? ""
                        : difference((double) now[3] / now[0] - (double) before[3] / before[0])));
        return figures;
    }

    private static String difference(double value) {
        String text = String.format(Locale.UK, "%+.2f", value);
        return text.equals("+0.00") || text.equals("-0.00") ? "no change" : text;
    }

    private Figure share(String label, long part, long whole, long partBefore, long wholeBefore,
            Disclosure disclosure) {
        return new Figure(label, shareText(part, whole, disclosure), shareText(partBefore, wholeBefore, disclosure),
                disclosure.hidesEither(part, partBefore) || whole == 0 || wholeBefore == 0 ? ""
                        : points(100.0 * part / whole - 100.0 * partBefore / wholeBefore));
    }

    private static String shareText(long part, long whole, Disclosure disclosure) {
        if (disclosure.hides(part)) {
            return DemandDashboard.SUPPRESSED;
        }
        return whole == 0 ? "none" : part + " (" + Math.round(100.0 * part / whole) + "%)";
    }

    private static String points(double difference) {
        long rounded = Math.round(difference);
        return rounded == 0 ? "no change" : (rounded > 0 ? "+" : "") + rounded + " points";
    }

    private static String vulnerabilityLabel(String code) {
        try {
            return Vulnerability.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private List<PartnerOutcome> referrals(Scope now) {
        Scope byHub = new Scope(now.from(), now.to(), now.hubs(), null, now.categoryCode());
        Map<Long, Map<String, long[]>> byPartner = new TreeMap<>();
        for (Row r : store.sum(Rollup.REFERRALS, byHub, List.of("partner_id", "outcome"),
                List.of("referrals", "minutes_total"))) {
            byPartner.computeIfAbsent(r.number(0), k -> new LinkedHashMap<>()).put(r.text(1), r.sums());
        }
        Map<Long, String> names = partners.all().stream().collect(Collectors.toMap(PartnerOrganisationRef::id,
                PartnerOrganisationRef::name));
        List<PartnerOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<Long, Map<String, long[]>> e : byPartner.entrySet()) {
            Map<String, long[]> o = e.getValue();
            long accepted = count(o, "ACCEPTED");
            long minutes = o.containsKey("ACCEPTED") ? o.get("ACCEPTED")[1] : 0;
            String name = names.containsKey(e.getKey()) ? names.get(e.getKey()) // active ones, else look it up
                    : partners.find(e.getKey()).map(PartnerOrganisationRef::name).orElse("Partner " + e.getKey());
            outcomes.add(new PartnerOutcome(name, String.valueOf(count(o, "SENT")), String.valueOf(accepted),
                    String.valueOf(count(o, "DECLINED")), String.valueOf(count(o, "COMPLETED")),
                    String.valueOf(count(o, "COULD_NOT_HELP")), accepted == 0 ? ""
                            : String.format(Locale.UK, "%.1f", minutes / 60.0 / accepted)));
        }
        outcomes.sort(Comparator.comparing(PartnerOutcome::partner));
        return outcomes;
    }

    private static long count(Map<String, long[]> outcomes, String outcome) {
        return outcomes.containsKey(outcome) ? outcomes.get(outcome)[0] : 0;
    }

    private List<HubWork> hubWork(Scope now, InsightFilter filter, Collection<Long> hubs,
            Function<Long, String> hubName, List<Tally> needsByHub, Disclosure disclosure) {
        Map<Long, long[]> resolved = new TreeMap<>();
        store.sum(Rollup.RESOLUTIONS, now, List.of("hub_id"), List.of("resolved", "within_sla", "minutes_total"))
                .forEach(r -> resolved.put(r.number(0), r.sums()));
        Map<Long, HubBacklog> backlog = hubNeeds.backlog(clock.instant(), filter.wardCode(), filter.categoryCode())
                .stream().collect(Collectors.toMap(HubBacklog::hubId, Function.identity()));
        Map<Long, HubCapacity> capacity = volunteers.capacityByHub().stream()
                .collect(Collectors.toMap(HubCapacity::hubId, Function.identity()));
        Map<String, Tally> needs = needsByHub.stream().collect(Collectors.toMap(Tally::label, Function.identity()));
        List<HubWork> work = new ArrayList<>();
        for (Hub hub : places.hubs()) {
            if ((hubs != null && !hubs.contains(hub.id())) || (!hub.active() && !resolved.containsKey(hub.id()))) {
                continue;
            }
            long[] r = resolved.getOrDefault(hub.id(), new long[3]);
            HubBacklog b = backlog.getOrDefault(hub.id(), new HubBacklog(hub.id(), 0, 0));
            HubCapacity c = capacity.getOrDefault(hub.id(), new HubCapacity(hub.id(), 0, 0, 0));
            Tally n = needs.get(hubName.apply(hub.id()));
            long needCount = n == null ? 0 : n.count();
            boolean hide = disclosure.hides(r[0]);
            work.add(new HubWork(hub.name(), disclosure.shown(b.open()), disclosure.shown(b.pastDue()),
                    disclosure.shown(r[0]), r[0] == 0 || hide ? "" : Math.round(100.0 * r[1] / r[0]) + "%",
                    r[0] == 0 || hide ? "" : String.format(Locale.UK, "%.1f", r[2] / 1440.0 / r[0]),
                    c.activeVolunteers(), c.freeSlots(), n == null ? "0" : n.shown(),
                    c.activeVolunteers() == 0 || (n != null && n.suppressed()) ? ""
                            : String.format(Locale.UK, "%.1f", (double) needCount / c.activeVolunteers())));
        }
        return work;
    }

    // ---- counting helpers

    private static long[] totals(List<Row> rows, int width) {
        long[] sums = new long[width];
        rows.forEach(r -> {
            for (int i = 0; i < width; i++) {
                sums[i] += r.sums()[i];
            }
        });
        return sums;
    }

    /** Groups the rows of two periods (the first counter of each) into tallies. */
    private static final class Tallies {

        private final List<Row> now;
        private final List<Row> before;

        Tallies(List<Row> now, List<Row> before) {
            this.now = now;
            this.before = before;
        }

        Tally one(String label, Disclosure disclosure) {
            return disclosure.tally(label, now.stream().mapToLong(r -> r.sums()[0]).sum(),
                    before.stream().mapToLong(r -> r.sums()[0]).sum(), null);
        }

        List<Tally> by(Function<Row, String> key, ToIntFunction<String> population, Disclosure disclosure) {
            Map<String, Long> current = group(now, key);
            Map<String, Long> previous = group(before, key);
            Set<String> labels = new TreeSet<>(current.keySet());
            labels.addAll(previous.keySet());
            List<Tally> tallies = new ArrayList<>();
            for (String label : labels) {
                long count = current.getOrDefault(label, 0L);
                int people = population == null ? 0 : population.applyAsInt(label);
                tallies.add(disclosure.tally(label, count, previous.getOrDefault(label, 0L),
                        people == 0 ? null : Math.round(10_000.0 * count / people) / 10.0));
            }
            tallies.sort(Comparator.comparingInt(Tally::count).reversed().thenComparing(Tally::label));
            return tallies;
        }

        private Map<String, Long> group(List<Row> rows, Function<Row, String> key) {
            Map<String, Long> map = new LinkedHashMap<>();
            rows.forEach(r -> map.merge(key.apply(r), r.sums()[0], Long::sum));
            return map;
        }
    }
}
