package org.hubline.insight;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
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

    private final AlertStore alertStore;
    private final DashboardBuilder builder;
    private final HubDirectory places;
    private final Clock clock;
    private final AlertCheck alertCheck;
    private final CurrentUser currentUser;
    private final NeedTaxonomy taxonomy;
    private final RollupRebuild rebuild;

    DemandInsight(AlertStore alertStore, DashboardBuilder builder, HubDirectory places, Clock clock,
            AlertCheck alertCheck, CurrentUser currentUser, NeedTaxonomy taxonomy, RollupRebuild rebuild) {
        this.alertStore = alertStore;
        this.builder = builder;
        this.places = places;
        this.clock = clock;
        this.alertCheck = alertCheck;
        this.currentUser = currentUser;
        this.taxonomy = taxonomy;
        this.rebuild = rebuild;
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
        Map<Long, String> hubNames = places.namesById();
        Map<String, String> categoryNames = taxonomy.categoryNames();
        return builder.build(new DashboardBuilder.Request(filter, hubs,
                scopeName(filter, allowed, wards, hubNames, categoryNames), wards, hubNames, categoryNames),
                alerts(hubs));
    }

    private static String scopeName(InsightFilter filter, HubScope allowed, Map<String, Ward> wards,
            Map<Long, String> hubNames, Map<String, String> categoryNames) {
        String name = filter.hubId() != null ? hubNames.get(filter.hubId()) : allowed.all() ? "Every hub"
                : allowed.hubIds().stream().map(hubNames::get).sorted().collect(Collectors.joining(" and "));
        if (filter.wardCode() != null) {
            name = wards.get(filter.wardCode()).name() + " ward";
        }
        if (filter.categoryCode() != null) {
            name += ", " + categoryNames.getOrDefault(filter.categoryCode(), filter.categoryCode()) + " needs";
        }
        return name;
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
        return alertStore.alerts(hubs, 50).stream().map(a -> a.text() + " (fired "
                + a.firedAt().atZoneSameInstant(clock.getZone()).toLocalDate() + ")").toList();
    }

    private HubScope scope() {
        return currentUser.aggregateScope();
    }
}
