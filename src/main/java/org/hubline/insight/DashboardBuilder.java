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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.PartnerOrganisations;
import org.hubline.insight.DemandDashboard.HubWork;
import org.hubline.insight.DemandDashboard.PartnerOutcome;
import org.hubline.insight.DemandDashboard.TrendPoint;
import org.hubline.insight.DemandDashboard.WardOnMap;
import org.hubline.insight.RollupReads.DayNeeds;
import org.hubline.insight.RollupReads.DayRequests;
import org.hubline.insight.RollupReads.HubResolutions;
import org.hubline.insight.RollupReads.NeedCount;
import org.hubline.insight.RollupReads.ReferralCount;
import org.hubline.insight.RollupReads.RequestCounts;
import org.hubline.insight.RollupStore.Scope;
import org.hubline.intake.HubBacklog;
import org.hubline.intake.HubNeeds;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.residents.Vulnerability;
import org.hubline.volunteers.HubCapacity;
import org.hubline.volunteers.VolunteerRoster;
import org.springframework.stereotype.Component;

/**
 * Builds the dashboard for a checked filter, tile by tile, from insight's rollups and the live
 * backlog and volunteer counts. Every count goes through the {@link Disclosure} in force.
 */
@Component
class DashboardBuilder {

    /** What the dashboard is for: the filter, the hubs it covers (null for every hub), how the rows are named. */
    record Request(InsightFilter filter, Collection<Long> hubs, String scopeName, Map<String, Ward> wards,
            Map<Long, String> hubNames, Map<String, String> categoryNames) {

        String hubName(long id) {
            if (id == DemandRollup.NO_HUB) {
                return "No hub (postcode not known)";
            }
            if (id == DemandRollup.NO_HUB_OUT_OF_AREA) {
                return "No hub (out of area)";
            }
            return id == DemandRollup.NO_HUB_ROUTE_LATER ? "No hub (left to route later)"
                    : hubNames.getOrDefault(id, "Hub " + id);
        }
    }

    private final RollupReads reads;
    private final HubDirectory places;
    private final InsightSettings settings;
    private final HubNeeds hubNeeds;
    private final VolunteerRoster volunteers;
    private final PartnerOrganisations partners;
    private final Clock clock;

    DashboardBuilder(RollupReads reads, HubDirectory places, InsightSettings settings, HubNeeds hubNeeds,
            VolunteerRoster volunteers, PartnerOrganisations partners, Clock clock) {
        this.reads = reads;
        this.places = places;
        this.settings = settings;
        this.hubNeeds = hubNeeds;
        this.volunteers = volunteers;
        this.partners = partners;
        this.clock = clock;
    }

    DemandDashboard build(Request request, List<String> alerts) {
        InsightFilter filter = request.filter();
        Scope now = new Scope(filter.from(), filter.to(), request.hubs(), filter.wardCode(), filter.categoryCode());
        Scope before = now.shifted(filter.days());
        Disclosure disclosure = new Disclosure(settings.smallestShown(), filter.wardCode() != null);
        Disclosure wardCounts = new Disclosure(settings.smallestShown(), true);

        Tallies<NeedCount> needs = new Tallies<>(reads.needs(now), reads.needs(before), NeedCount::needs);
        List<Tally> byHub = needs.by(n -> request.hubName(n.hubId()), null, disclosure);
        Map<String, Integer> populations = request.wards().values().stream()
                .collect(Collectors.toMap(Ward::name, Ward::population, (a, b) -> a));
        List<Tally> byWard = needs.by(n -> wardLabel(request.wards(), n.wardCode()),
                label -> populations.getOrDefault(label, 0), wardCounts);
        RequestCounts requestsNow = reads.requests(now);
        RequestCounts requestsBefore = reads.requests(before);
        List<Tally> vulnerabilities = new Tallies<>(reads.vulnerabilities(now), reads.vulnerabilities(before),
                RollupReads.VulnerabilityCount::requests).by(v -> vulnerabilityLabel(v.vulnerability()), null,
                        disclosure);
        return new DemandDashboard(filter, request.scopeName(), needs.one("All needs", disclosure),
                disclosure.tally("All requests", requestsNow.requests(), requestsBefore.requests(), null),
                needs.by(n -> settings.themeOf(n.categoryCode()), null, disclosure),
                needs.by(n -> request.categoryNames().getOrDefault(n.categoryCode(), n.categoryCode()), null,
                        disclosure),
                byHub, byWard, needs.by(n -> n.channel().label(), null, disclosure), wardMap(request.wards(), byWard),
                now.weekly(), trend(now, disclosure), new ArrayList<>(settings.themes().keySet()),
                RepeatDemand.figures(requestsNow, requestsBefore, disclosure), vulnerabilities, referrals(now),
                hubWork(now, request, byHub, disclosure), alerts, notes(filter));
    }

    private List<String> notes(InsightFilter filter) {
        List<String> notes = new ArrayList<>();
        if (filter.categoryCode() != null) {
            notes.add("Requests, repeat and complex demand and the vulnerability mix count every request, whatever "
                    + "its needs: a request can carry needs of several kinds.");
        }
        if (filter.wardCode() != null) {
            notes.add("Referral outcomes and volunteer capacity are counted by hub, not by ward. Every count under "
                    + settings.smallestShown() + " shows as \"fewer than " + settings.smallestShown() + "\".");
        }
        return notes;
    }

    private static String wardLabel(Map<String, Ward> wards, String code) {
        return code.isEmpty() ? "Ward not known" : wards.containsKey(code) ? wards.get(code).name() : code;
    }

    private static String vulnerabilityLabel(String code) {
        try {
            return Vulnerability.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** Every ward with a place on the hex map, with its tally (null if it had no needs). */
    private List<WardOnMap> wardMap(Map<String, Ward> wards, List<Tally> byWard) {
        Map<String, Tally> byLabel = byWard.stream().collect(Collectors.toMap(Tally::label, Function.identity()));
        return places.hexLayout().stream().filter(hex -> wards.containsKey(hex.wardCode()))
                .map(hex -> new WardOnMap(hex.wardCode(), wards.get(hex.wardCode()).name(), hex.q(), hex.r(),
                        byLabel.get(wards.get(hex.wardCode()).name())))
                .toList();
    }

    private List<TrendPoint> trend(Scope now, Disclosure disclosure) {
        boolean weekly = now.weekly();
        Map<LocalDate, long[]> requests = new TreeMap<>();
        for (DayRequests r : reads.requestsByDay(now)) {
            long[] sums = requests.computeIfAbsent(bucket(r.day(), weekly), k -> new long[2]);
            sums[0] += r.requests();
            sums[1] += r.repeat();
        }
        Map<LocalDate, Map<String, Long>> themes = new TreeMap<>();
        for (DayNeeds n : reads.needsByDay(now)) {
            themes.computeIfAbsent(bucket(n.day(), weekly), k -> new LinkedHashMap<>())
                    .merge(settings.themeOf(n.categoryCode()), n.needs(), Long::sum);
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(weekly ? "d MMM yyyy" : "EEE d MMM", Locale.UK);
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate day = bucket(now.from(), weekly); !day.isAfter(now.to()); day = day.plusDays(weekly ? 7 : 1)) {
            long[] req = requests.getOrDefault(day, new long[2]);
            Map<String, Long> counted = themes.getOrDefault(day, Map.of());
            Map<String, Long> byTheme = new LinkedHashMap<>();
            for (String theme : settings.themes().keySet()) {
                byTheme.put(theme, disclosure.drawn(counted.getOrDefault(theme, 0L)));
            }
            long needs = counted.values().stream().mapToLong(Long::longValue).sum();
            points.add(new TrendPoint((weekly ? "Week of " : "") + day.format(format), day, disclosure.drawn(req[0]),
                    disclosure.drawn(needs), disclosure.drawn(req[1]), byTheme));
        }
        return points;
    }

    private static LocalDate bucket(LocalDate day, boolean weekly) {
        return weekly ? RollupStore.weekOf(day) : day;
    }

    private List<PartnerOutcome> referrals(Scope now) {
        Scope byHub = new Scope(now.from(), now.to(), now.hubs(), null, now.categoryCode());
        Map<Long, Map<String, ReferralCount>> byPartner = new TreeMap<>();
        for (ReferralCount r : reads.referrals(byHub)) {
            byPartner.computeIfAbsent(r.partnerId(), k -> new LinkedHashMap<>()).put(r.outcome(), r);
        }
        Map<Long, String> names = partners.all().stream().collect(Collectors.toMap(PartnerOrganisationRef::id,
                PartnerOrganisationRef::name));
        List<PartnerOutcome> outcomes = new ArrayList<>();
        byPartner.forEach((partnerId, o) -> {
            long accepted = count(o, "ACCEPTED");
            long minutes = o.containsKey("ACCEPTED") ? o.get("ACCEPTED").minutes() : 0;
            String name = names.containsKey(partnerId) ? names.get(partnerId) // active ones, else look it up
                    : partners.find(partnerId).map(PartnerOrganisationRef::name).orElse("Partner " + partnerId);
            outcomes.add(new PartnerOutcome(name, String.valueOf(count(o, "SENT")), String.valueOf(accepted),
                    String.valueOf(count(o, "DECLINED")), String.valueOf(count(o, "COMPLETED")),
                    String.valueOf(count(o, "COULD_NOT_HELP")), accepted == 0 ? ""
                            : String.format(Locale.UK, "%.1f", minutes / 60.0 / accepted)));
        });
        outcomes.sort(Comparator.comparing(PartnerOutcome::partner));
        return outcomes;
    }

    private static long count(Map<String, ReferralCount> outcomes, String outcome) {
        return outcomes.containsKey(outcome) ? outcomes.get(outcome).referrals() : 0;
    }

    private List<HubWork> hubWork(Scope now, Request request, List<Tally> needsByHub, Disclosure disclosure) {
        Map<Long, HubResolutions> resolved = reads.resolutionsByHub(now).stream()
                .collect(Collectors.toMap(HubResolutions::hubId, Function.identity()));
        Map<Long, HubBacklog> backlog = hubNeeds.backlog(clock.instant(), request.filter().wardCode(),
                request.filter().categoryCode()).stream()
                .collect(Collectors.toMap(HubBacklog::hubId, Function.identity()));
        Map<Long, HubCapacity> capacity = volunteers.capacityByHub().stream()
                .collect(Collectors.toMap(HubCapacity::hubId, Function.identity()));
        Map<String, Tally> needs = needsByHub.stream().collect(Collectors.toMap(Tally::label, Function.identity()));
        List<HubWork> work = new ArrayList<>();
        for (Hub hub : places.hubs()) {
            if ((request.hubs() != null && !request.hubs().contains(hub.id()))
                    || (!hub.active() && !resolved.containsKey(hub.id()))) {
                continue;
            }
            work.add(hubWork(hub, resolved.getOrDefault(hub.id(), HubResolutions.none(hub.id())),
                    backlog.getOrDefault(hub.id(), new HubBacklog(hub.id(), 0, 0)),
                    capacity.getOrDefault(hub.id(), new HubCapacity(hub.id(), 0, 0, 0)),
                    needs.get(request.hubName(hub.id())), disclosure));
        }
        return work;
    }

    private static HubWork hubWork(Hub hub, HubResolutions r, HubBacklog b, HubCapacity c, Tally n,
            Disclosure disclosure) {
        long needCount = n == null ? 0 : n.count();
        boolean hide = disclosure.hides(r.resolved());
        boolean none = r.resolved() == 0 || hide;
        return new HubWork(hub.name(), disclosure.shown(b.open()), disclosure.shown(b.pastDue()),
                disclosure.shown(r.resolved()), none ? "" : Math.round(100.0 * r.withinSla() / r.resolved()) + "%",
                none ? "" : String.format(Locale.UK, "%.1f", r.minutes() / 1440.0 / r.resolved()),
                c.activeVolunteers(), c.freeSlots(), n == null ? "0" : n.shown(),
                c.activeVolunteers() == 0 || (n != null && n.suppressed()) ? ""
                        : String.format(Locale.UK, "%.1f", (double) needCount / c.activeVolunteers()));
    }
}
