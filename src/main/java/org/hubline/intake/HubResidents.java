package org.hubline.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentSummary;
import org.hubline.shared.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's residents list: everyone with a need routed to the hub, narrowed by open needs,
 * priority, vulnerability, when they were last spoken to, or the complex-demand flag. The most
 * urgent come first, then those not heard from the longest. Each listing is audited by the kinds
 * of filter and how many were listed, never by who.
 */
@Service
@Transactional(readOnly = true)
public class HubResidents {

    /** The longest list shown at once: more asks for a narrower filter. */
    public static final int MOST = 1000;

    /** The residents listed, and how many matched before the list was cut at {@link #MOST}. */
    public record Listing(List<HubResident> residents, int matched) {
    }

    private final HubResidentStore store;
    private final ResidentFacts residents;
    private final List<ComplexFlags> flags;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    HubResidents(HubResidentStore store, ResidentFacts residents, List<ComplexFlags> flags, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.residents = residents;
        this.flags = flags;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Transactional
    public Listing list(long hubId, HubResidentFilter filter) {
        currentUser.hubScope().require(hubId);
        Instant now = clock.instant();
        List<HubResidentStore.Row> rows = store.ofHub(hubId).stream().filter(byCalls(filter, now)).toList();
        List<Long> ids = rows.stream().map(HubResidentStore.Row::residentId).toList();
        Set<Long> flagged = new HashSet<>();
        flags.forEach(f -> flagged.addAll(f.flaggedIn(hubId)));
        Set<Long> withVulnerability = filter.vulnerability() == null ? null
                : residents.withVulnerabilityAmong(filter.vulnerability(), ids);
        List<HubResidentStore.Row> matched = rows.stream()
                .filter(r -> !filter.flaggedOnly() || flagged.contains(r.residentId()))
                .filter(r -> withVulnerability == null || withVulnerability.contains(r.residentId()))
                .sorted(Comparator.comparing((HubResidentStore.Row r) -> r.topPriority() == null ? 9
                        : r.topPriority().ordinal()).thenComparing(r -> r.lastContact() == null ? Instant.MIN
                                : r.lastContact()).thenComparing(HubResidentStore.Row::residentId))
                .toList();
        List<HubResidentStore.Row> shown = matched.subList(0, Math.min(MOST, matched.size()));
        List<Long> shownIds = shown.stream().map(HubResidentStore.Row::residentId).toList();
        Map<Long, ResidentSummary> names = residents.summaries(shownIds);
        Set<Long> vulnerable = residents.vulnerableAmong(shownIds);
        audit.record("HUB_RESIDENTS_LISTED", "HUB", hubId, "Listed " + shown.size() + " of " + matched.size()
                + " residents by " + filter.kinds());
        residents.recordReads(shownIds, ReadPurpose.HUB_LIST);
        return new Listing(shown.stream().filter(r -> names.containsKey(r.residentId())).map(r -> {
            ResidentSummary who = names.get(r.residentId());
            return new HubResident(r.residentId(), who.name(), who.postcode(), r.openNeeds(), r.topPriority(),
                    r.lastContact(), vulnerable.contains(r.residentId()), flagged.contains(r.residentId()));
        }).toList(), matched.size());
    }

    private static Predicate<HubResidentStore.Row> byCalls(HubResidentFilter filter, Instant now) {
        return r -> (!filter.openNeedsOnly() || r.openNeeds() > 0)
                && (filter.priority() == null || filter.priority() == r.topPriority())
                && (filter.lastContact() == null || filter.lastContact().holds(r.lastContact() == null
                        ? Long.MAX_VALUE : Duration.between(r.lastContact(), now).toDays()));
    }
}
