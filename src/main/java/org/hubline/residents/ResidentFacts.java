package org.hubline.residents;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.shared.security.Roles;
import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read about residents for their own lists and counts, in batches: names
 * and hubs for lists, contacts for volunteers' tasks, vulnerability for complex demand, and
 * identity groups and counting facts (no names) for demand figures; and the record, on each
 * resident's "who viewed" list, that another module's screen showed them.
 */
@Service
@Transactional(readOnly = true)
public class ResidentFacts {

    private final ResidentStore store;
    private final ResidentFactStore facts;
    private final ResidentLookup lookup;
    private final AuditTrail audit;

    ResidentFacts(ResidentStore store, ResidentFactStore facts, ResidentLookup lookup, AuditTrail audit) {
        this.store = store;
        this.facts = facts;
        this.lookup = lookup;
        this.audit = audit;
    }

    /**
     * Records that these residents' personal details were shown for the purpose (on another
     * module's list or screen, or to a partner); it shows in each one's "who viewed" list.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void recordReads(Collection<Long> residentIds, ReadPurpose purpose) {
        audit.recordReads(Residents.VIEWED, Residents.RECORD_TYPE, residentIds, purpose);
    }

    /**
     * The record ids that are one person with this resident (after merges), so their demand is
     * counted together; reveals nothing else, so intake may ask it while logging any request.
     */
    @PreAuthorize(Residents.FINDS_OR_ADDS_RESIDENTS)
    public Set<Long> sameResidentIds(long id) {
        return store.identityGroup(lookup.survivorOf(lookup.load(id)).id());
    }

    /**
     * For rebuilding insight's counts (admins only): each resident's survivor id and vulnerability
     * flags, by resident id. No names or contact details.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public Map<Long, CountingFacts> countingFacts() {
        return store.countingFacts();
    }

    /**
     * Names and hubs of residents for lists (the caller lists only records the user may see).
     * Admins get them too, for the cases they oversee, and safeguarding leads for the concerns
     * raised about them.
     */
    @PreAuthorize("hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'ADMIN', 'SAFEGUARDING_LEAD')")
    public Map<Long, ResidentSummary> summaries(Collection<Long> ids) {
        return store.summaries(ids).stream().collect(Collectors.toMap(ResidentSummary::id, Function.identity()));
    }

    /** Which of the residents consent, now, to their details being shared with partners. */
    @PreAuthorize("hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'PARTNER')")
    public Set<Long> sharingConsentAmong(Collection<Long> ids) {
        return facts.sharingConsentAmong(ids);
    }

    /** Which of the residents have any vulnerability flag (for spotting complex demand). */
    @PreAuthorize(Residents.WORKS_WITH_RESIDENTS)
    public Set<Long> vulnerableAmong(Collection<Long> ids) {
        return facts.vulnerableAmong(ids);
    }

    /** Which of the residents have this vulnerability recorded (any number of them, asked in batches). */
    @PreAuthorize(Residents.WORKS_WITH_RESIDENTS)
    public Set<Long> withVulnerabilityAmong(Vulnerability vulnerability, Collection<Long> ids) {
        return facts.withVulnerabilityAmong(vulnerability, ids);
    }

    /** First name, street and postcode of residents, for tasks given to volunteers. */
    @PreAuthorize(Residents.WORKS_WITH_RESIDENTS)
    public Map<Long, ResidentContact> contacts(Collection<Long> ids) {
        return facts.contacts(ids).stream().collect(Collectors.toMap(ResidentContact::id, Function.identity()));
    }
}
