package org.hubline.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.intake.HubNeeds;
import org.hubline.intake.ResidentSignals;
import org.hubline.referrals.Referrals;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's complex-demand queue: residents flagged by the rules in force
 * ({@link ComplexDemandRules}), worked out from the current signals each time, so a flag clears
 * as soon as its condition no longer holds.
 */
@Service
@Transactional(readOnly = true)
public class ComplexDemand {

    private final CaseStore store;
    private final ComplexDemandRules rules;
    private final HubNeeds needs;
    private final Referrals referrals;
    private final Residents residents;
    private final Clock clock;

    ComplexDemand(CaseStore store, ComplexDemandRules rules, HubNeeds needs, Referrals referrals, Residents residents,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.needs = needs;
        this.referrals = referrals;
        this.residents = residents;
        this.clock = clock;
    }

    /** The hub's residents flagged by the rules, highest risk first, each with the rules that fired and why. */
    @PreAuthorize(Casework.COORDINATES)
    public List<FlaggedResident> queue(long hubId) {
        Instant now = clock.instant();
        List<ResidentSignals> signals = needs.signals(hubId, now.minus(Duration.ofDays(rules.repeatWindowDays())),
                now, rules.notMetTimes());
        Map<Long, Integer> declined = referrals.declinedTwice(hubId);
        Set<Long> everyone = new HashSet<>(declined.keySet());
        signals.forEach(s -> everyone.add(s.residentId()));
        Map<Long, Long> openCases = store.openCasesOf(everyone);
        List<FlaggedResident> flagged = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ResidentSignals s : signals) {
            seen.add(s.residentId());
            add(flagged, s, declined.getOrDefault(s.residentId(), 0), openCases);
        }
        for (Map.Entry<Long, Integer> d : declined.entrySet()) {
            if (!seen.contains(d.getKey())) {
                ResidentRecord r = residents.get(d.getKey());
                add(flagged, new ResidentSignals(r.id(), hubId, r.name(), 0, null, null, Set.of(), List.of(), false,
                        !r.details().vulnerabilities().isEmpty()), d.getValue(), openCases);
            }
        }
        flagged.sort(Comparator.comparingInt(FlaggedResident::risk).reversed().thenComparing(FlaggedResident::name));
        return flagged;
    }

    private void add(List<FlaggedResident> flagged, ResidentSignals s, int declined, Map<Long, Long> openCases) {
        List<ComplexDemandRules.Fired> fired = rules.evaluate(s, declined);
        if (!fired.isEmpty()) {
            flagged.add(new FlaggedResident(s.residentId(), s.residentName(),
                    fired.stream().mapToInt(ComplexDemandRules.Fired::weight).sum(), fired,
                    openCases.get(s.residentId())));
        }
    }
}
