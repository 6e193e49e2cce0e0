package org.hubline.residents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.shared.PhoneNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a resident by what a user knows about them: name (or how it starts), date of birth,
 * phone, postcode, UPRN, email, or a reference they quote (HR-…, REF-…). Every term must hold;
 * the residents found are ranked by {@link MatchRules}, as on the call screen. Call handlers search
 * the whole borough, coordinators their hubs' residents and those with work routed to their hubs;
 * nobody else searches. Each search is audited by the kinds of term used and how many were found,
 * never the terms.
 */
@Service
@Transactional(readOnly = true)
public class ResidentSearch {

    static final String SEARCHED = "RESIDENT_SEARCHED";
    static final String RECORD_TYPE = "RESIDENT_SEARCH";
    /** At most this many residents are looked up per term, and ranked in all. */
    static final int RANKED = 500;
    /** Residents alike under the matcher's keys, as many as the call screen weighs. */
    private static final int ALIKE = 100;

    private final ResidentStore store;
    private final ResidentLookup lookup;
    private final ResidentAccess access;
    private final ObjectProvider<ResidentReferences> references;
    private final AuditTrail audit;

    ResidentSearch(ResidentStore store, ResidentLookup lookup, ResidentAccess access,
            ObjectProvider<ResidentReferences> references, AuditTrail audit) {
        this.store = store;
        this.lookup = lookup;
        this.access = access;
        this.references = references;
        this.audit = audit;
    }

    /** Whether the text holds anything to search by (a name of two letters, a date, a number…). */
    public static boolean searchable(String text) {
        return !SearchTerms.parse(text).isEmpty();
    }

    /**
     * The residents matching every term in the text, best first, from {@code offset}; the first
     * page of a search (offset 0) is audited.
     */
    @PreAuthorize(Residents.WORKS_WITH_RESIDENTS)
    @Transactional
    public ResidentSearchResult search(String text, int offset, int limit) {
        SearchTerms terms = SearchTerms.parse(text);
        if (terms.isEmpty()) {
            return ResidentSearchResult.none();
        }
        Found found = terms.reference() != null ? byReference(terms.reference()) : byKeys(terms);
        List<ResidentHit> ranked = rank(terms, found.all());
        if (offset == 0) {
            audit.record(SEARCHED, RECORD_TYPE, null, "Searched by " + terms.kinds() + ": "
                    + ranked.size() + (found.narrowed() ? "+" : "") + " found");
        }
        int from = Math.min(Math.max(0, offset), ranked.size());
        int to = Math.min(ranked.size(), from + Math.max(0, limit));
        List<ResidentHit> page = List.copyOf(ranked.subList(from, to));
        audit.recordReads(Residents.VIEWED, Residents.RECORD_TYPE, page.stream().map(ResidentHit::id).toList(),
                ReadPurpose.SEARCH_RESULT);
        return new ResidentSearchResult(page, ranked.size(), found.narrowed());
    }

    /** The residents matching every term, and those alike enough to be the person despite a typo. */
    private record Found(Set<Long> ids, Set<Long> alike, boolean narrowed) {

        Set<Long> all() {
            Set<Long> all = new LinkedHashSet<>(ids);
            all.addAll(alike);
            return all;
        }
    }

    private Found byReference(String reference) {
        Optional<Long> resident = references.orderedStream().map(r -> r.residentOf(reference))
                .flatMap(Optional::stream).findFirst();
        return new Found(resident.map(id -> Set.of(lookup.survivorOf(lookup.load(id)).id())).orElse(Set.of()),
                Set.of(), false);
    }

    /** The residents under every term's keys: the narrowest term first, the others intersected. */
    private Found byKeys(SearchTerms terms) {
        List<List<Long>> perTerm = new ArrayList<>();
        terms.exactKeys().forEach(key -> perTerm.add(store.residentsWithKey(key, RANKED + 1)));
        for (String name : terms.names()) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String prefix : namePrefixes(name)) {
                ids.addAll(store.residentsWithKeyPrefix(prefix, RANKED + 1));
            }
            perTerm.add(List.copyOf(ids));
        }
        perTerm.sort(Comparator.comparingInt(List::size));
        Set<Long> ids = new LinkedHashSet<>(perTerm.get(0));
        perTerm.stream().skip(1).forEach(more -> ids.retainAll(Set.copyOf(more)));
        boolean narrowed = perTerm.get(0).size() > RANKED;
        return new Found(ids, alike(terms), narrowed);
    }

    /**
     * Residents the call screen would offer for the same details although a term is mistyped
     * ("Thomson" for Thompson with her date of birth): found by the matcher's keys, kept if they score
     * as a possible match and, when names were typed, their name is alike too (a neighbour at the
     * same postcode is not offered for a name search).
     */
    private Set<Long> alike(SearchTerms terms) {
        MatchQuery query = terms.query();
        if (!query.isSearchable()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (ResidentStore.Candidate c : store.candidates(MatchRules.keys(query), ALIKE)) {
            MatchRules.Score score = MatchRules.score(query, c.details());
            if (score.value() >= MatchRules.POSSIBLE && (terms.names().isEmpty()
                    || score.matched().stream().anyMatch(m -> m.contains("name")))) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** A word is searched as the start of a first or last name, and a nickname also as its formal name. */
    private static List<String> namePrefixes(String word) {
        List<String> prefixes = new ArrayList<>(List.of(MatchRules.FIRST_NAME_KEY + word,
                MatchRules.LAST_NAME_KEY + word));
        String formal = MatchRules.canonical(word);
        if (!formal.equals(word)) {
            prefixes.add(MatchRules.key(MatchRules.FIRST_NAME_KEY, formal));
        }
        return prefixes;
    }

    private List<ResidentHit> rank(SearchTerms terms, Set<Long> ids) {
        MatchQuery query = terms.query();
        List<ResidentHit> hits = new ArrayList<>();
        List<ResidentStore.Candidate> candidates = store.candidatesAmong(ids.stream().limit(RANKED).toList());
        Map<Long, Long> hubs = new HashMap<>();
        candidates.forEach(c -> hubs.put(c.id(), c.hubId()));
        Set<Long> visible = access.visibleAmong(hubs);
        for (ResidentStore.Candidate c : candidates) {
            if (!visible.contains(c.id())) {
                continue;
            }
            MatchRules.Score score = terms.reference() != null ? new MatchRules.Score(100, List.of("reference"))
                    : MatchRules.score(query, c.details());
            hits.add(new ResidentHit(c.id(), c.details().firstName() + " " + c.details().lastName(),
                    c.details().dateOfBirth(), c.addressLine1(), c.details().postcode(),
                    Optional.ofNullable(c.details().phone()).flatMap(PhoneNumber::parseAnywhere).map(PhoneNumber::formatted).orElse(null),
                    score.value(), score.matched()));
        }
        hits.sort(Comparator.comparingInt(ResidentHit::score).reversed()
                .thenComparing(h -> h.name().toLowerCase(Locale.ROOT)).thenComparing(ResidentHit::id));
        return hits;
    }
}
