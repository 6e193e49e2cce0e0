package org.hubline.residents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.hubline.audit.AuditEntry;
import org.hubline.audit.AuditTrail;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.Postcode;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents the helpline knows: find likely existing residents while the handler types,
 * add and change residents (a stale change is refused), keep consent history, show who viewed a
 * resident, and let coordinators merge duplicates (and undo a merge). Call handlers see every
 * resident (the helpline is borough-wide); coordinators the residents of their hubs. Admins manage
 * reference data and do not see residents' personal data.
 */
@Service
@Transactional
public class Residents {

    /** Who works with residents' records. */
    public static final String WORKS_WITH_RESIDENTS = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR')";
    /** The council's online "ask for help" form may find and add residents, and nothing else. */
    public static final String WEB_FORM_AUTHORITY = "ROLE_WEB_FORM";
    public static final String FINDS_OR_ADDS_RESIDENTS = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'WEB_FORM')";
    static final String DECIDES_DUPLICATES = "hasRole('HUB_COORDINATOR')";

    static final String RECORD_TYPE = "RESIDENT";
    static final String VIEWED = "RESIDENT_VIEWED";

    private final ResidentRepository repository;
    private final ResidentStore store;
    private final ResidentAccess access;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Residents(ResidentRepository repository, ResidentStore store, ResidentAccess access, Validation validation,
            AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.access = access;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Residents who may be the person described so far, best first, each with a score and what
     * matched. Only residents the user may see are offered.
     */
    @PreAuthorize(FINDS_OR_ADDS_RESIDENTS)
    @Transactional(readOnly = true)
    public List<ResidentMatch> findMatches(MatchQuery query, int limit) {
        if (!query.isSearchable()) {
            return List.of();
        }
        List<ResidentMatch> matches = new ArrayList<>();
        for (ResidentStore.Candidate c : store.candidates(MatchRules.keys(query), 100)) {
            MatchRules.Score score = MatchRules.score(query, c.details());
            if (score.value() >= MatchRules.POSSIBLE && access.maySee(c.hubId())) {
                matches.add(new ResidentMatch(c.id(), c.details().firstName() + " " + c.details().lastName(),
                        c.details().dateOfBirth(), c.details().postcode(), c.addressLine1(), score.value(),
                        score.matched(), score.value() >= MatchRules.LIKELY ? ResidentMatch.Strength.LIKELY
                                : ResidentMatch.Strength.POSSIBLE));
            }
        }
        matches.sort(Comparator.comparingInt(ResidentMatch::score).reversed()
                .thenComparing(ResidentMatch::residentId, Comparator.reverseOrder()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    /** Checks and normalises details without saving: each problem keyed by its field. */
    @PreAuthorize(FINDS_OR_ADDS_RESIDENTS)
    @Transactional(readOnly = true)
    public ResidentDetails check(ResidentDetails details) {
        Map<String, String> errors = validation.violations(details);
        String postcode = blankToNull(details.postcode());
        if (postcode != null) {
            var parsed = Postcode.parse(postcode);
            if (parsed.isEmpty()) {
                errors.putIfAbsent("postcode", "Enter a UK postcode like OL1 1AA");
            }
            postcode = parsed.map(Postcode::value).orElse(postcode);
        }
        String phone = phone(details.phone(), "phone", errors);
        String otherPhone = phone(details.otherPhone(), "otherPhone", errors);
        LocalDate dob = details.dateOfBirth();
        LocalDate today = LocalDate.now(clock);
        if (dob != null && dob.isAfter(today)) {
            errors.putIfAbsent("dateOfBirth", "The date of birth cannot be in the future");
        } else if (dob != null && Period.between(dob, today).getYears() > 120) {
            errors.putIfAbsent("dateOfBirth", "That would make them over 120: check the year");
        }
        if (details.preferredContact() == ContactMethod.EMAIL && blankToNull(details.email()) == null) {
            errors.putIfAbsent("email", "They prefer email: enter their email address");
        }
        if ((details.preferredContact() == ContactMethod.TEXT) && (phone == null || !phone.startsWith("07"))) {
            errors.putIfAbsent("phone", "They prefer text messages: enter a mobile number (07…)");
        }
        Validation.throwIfAny(errors);
        return new ResidentDetails(details.firstName().trim(), details.lastName().trim(), dob,
                blankToNull(details.addressLine1()), blankToNull(details.addressLine2()), blankToNull(details.town()),
                postcode, blankToNull(details.uprn()), phone, otherPhone,
                blankToNull(details.email()) == null ? null : details.email().trim(), details.preferredContact(),
                blankToNull(details.language()), details.interpreterNeeded(), details.adults(), details.children(),
                details.vulnerabilities(), blankToNull(details.gpSurgery()), blankToNull(details.pharmacy()),
                details.consentToHold(), details.consentToShare());
    }

    /** Adds a resident; their consent answers start the consent history. */
    @PreAuthorize(FINDS_OR_ADDS_RESIDENTS)
    public ResidentRecord create(ResidentDetails details, Placement placement) {
        ResidentDetails checked = check(details);
        Instant now = clock.instant();
        String by = currentUser.actorName();
        Resident resident = repository.save(Resident.create(checked, placement, by, now));
        store.replaceKeys(resident.id(), MatchRules.keys(MatchQuery.of(checked)));
        store.recordConsent(resident.id(), new ConsentChange(ConsentChange.Kind.HOLD, checked.consentToHold(), by, now,
                "Recorded when the resident was added"));
        store.recordConsent(resident.id(), new ConsentChange(ConsentChange.Kind.SHARE, checked.consentToShare(), by,
                now, "Recorded when the resident was added"));
        audit.record("RESIDENT_CREATED", RECORD_TYPE, resident.id(), "Added a resident");
        return resident.toRecord();
    }

    /**
     * Changes a resident as the user opened them. Refused, saying what changed, if someone else
     * saved the resident in the meantime; a change of consent is added to its history.
     */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    public ResidentRecord update(ResidentRecord opened, ResidentDetails details, Placement placement) {
        Resident resident = load(opened.id());
        access.require(resident.id(), resident.hubId());
        if (resident.version() != opened.version()) {
            throw new StaleEditException("Someone else changed this resident while you had it open ("
                    + String.join(", ", differences(opened.details(), resident.details()))
                    + "). Reload to see their change, then make yours again.");
        }
        ResidentDetails checked = check(details);
        ResidentDetails before = resident.details();
        Instant now = clock.instant();
        String by = currentUser.actorName();
        resident.describe(checked, placement, by, now);
        resident = repository.save(resident);
        store.replaceKeys(resident.id(), MatchRules.keys(MatchQuery.of(checked)));
        if (before.consentToHold() != checked.consentToHold()) {
            store.recordConsent(resident.id(), new ConsentChange(ConsentChange.Kind.HOLD, checked.consentToHold(), by,
                    now, null));
        }
        if (before.consentToShare() != checked.consentToShare()) {
            store.recordConsent(resident.id(), new ConsentChange(ConsentChange.Kind.SHARE, checked.consentToShare(),
                    by, now, null));
        }
        List<String> changed = differences(before, checked);
        audit.record("RESIDENT_UPDATED", RECORD_TYPE, resident.id(),
                changed.isEmpty() ? "Saved without changes" : "Changed " + String.join(", ", changed));
        return resident.toRecord();
    }

    /** Records consent to share given (or withdrawn) now, e.g. asked on a call. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    public ResidentRecord recordConsentToShare(long residentId, boolean given, String note) {
        Resident resident = load(residentId);
        access.require(resident.id(), resident.hubId());
        ResidentDetails d = resident.details();
        ResidentDetails changed = new ResidentDetails(d.firstName(), d.lastName(), d.dateOfBirth(), d.addressLine1(),
                d.addressLine2(), d.town(), d.postcode(), d.uprn(), d.phone(), d.otherPhone(), d.email(),
                d.preferredContact(), d.language(), d.interpreterNeeded(), d.adults(), d.children(),
                d.vulnerabilities(), d.gpSurgery(), d.pharmacy(), d.consentToHold(), given);
        Instant now = clock.instant();
        resident.describe(changed, new Placement(resident.toRecord().wardCode(), resident.hubId()),
                currentUser.actorName(), now);
        resident = repository.save(resident);
        store.recordConsent(residentId, new ConsentChange(ConsentChange.Kind.SHARE, given, currentUser.actorName(),
                now, note));
        audit.record("CONSENT_RECORDED", RECORD_TYPE, residentId,
                (given ? "Consent to share given" : "Consent to share withdrawn") + (note == null ? "" : ": " + note));
        return resident.toRecord();
    }

    /** The resident (or, if merged, the resident they were merged into), if the user may see them. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public ResidentRecord get(long id) {
        Resident resident = survivorOf(load(id));
        access.require(resident.id(), resident.hubId());
        return resident.toRecord();
    }

    /**
     * The record ids that are one person with this resident (after merges), so their demand is
     * counted together; reveals nothing else, so intake may ask it while logging any request.
     */
    @PreAuthorize(FINDS_OR_ADDS_RESIDENTS)
    @Transactional(readOnly = true)
    public Set<Long> sameResidentIds(long id) {
        return store.identityGroup(survivorOf(load(id)).id());
    }

    /**
     * For rebuilding insight's counts (admins only): each resident's survivor id and vulnerability
     * flags, by resident id. No names or contact details.
     */
    @PreAuthorize(org.hubline.shared.security.Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, CountingFacts> countingFacts() {
        return store.countingFacts();
    }

    /** The resident a web-form request is attached to (never sent back to the form). */
    @PreAuthorize("hasRole('WEB_FORM')")
    @Transactional(readOnly = true)
    public ResidentRecord getForWebForm(long id) {
        return survivorOf(load(id)).toRecord();
    }

    /** Opens the resident's record to read it: the viewing is audited. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    public ResidentRecord view(long id) {
        ResidentRecord record = get(id);
        audit.record(VIEWED, RECORD_TYPE, record.id(), "Opened the resident's record");
        return record;
    }

    /** The resident and everyone merged into them: their requests and calls are one history. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public Set<Long> identityGroup(long id) {
        ResidentRecord record = get(id);
        return store.identityGroup(record.id());
    }

    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public List<ConsentChange> consentHistory(long id) {
        return store.consentHistory(identityGroup(id));
    }

    /** Who opened the resident's record, newest first. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public List<AuditEntry> viewings(long id, int limit) {
        return audit.entriesFor(RECORD_TYPE, get(id).id(), VIEWED, limit);
    }

    /**
     * Names and hubs of residents for lists (the caller lists only records the user may see).
     * Admins get them too, for the cases they oversee.
     */
    @PreAuthorize("hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, ResidentSummary> summaries(Collection<Long> ids) {
        return store.summaries(ids).stream()
                .collect(java.util.stream.Collectors.toMap(ResidentSummary::id, Function.identity()));
    }

    /** Which of the residents have any vulnerability flag (for spotting complex demand). */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public Set<Long> vulnerableAmong(Collection<Long> ids) {
        return store.vulnerableAmong(ids);
    }

    /** First name, street and postcode of residents, for tasks given to volunteers. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public Map<Long, ResidentContact> contacts(Collection<Long> ids) {
        return store.contacts(ids).stream()
                .collect(java.util.stream.Collectors.toMap(ResidentContact::id, Function.identity()));
    }

    /**
     * The handler kept a new resident apart from a possible match: a coordinator reviews the
     * pair later.
     */
    @PreAuthorize(FINDS_OR_ADDS_RESIDENTS)
    public void raiseForReview(long residentId, ResidentMatch match) {
        store.raiseReview(residentId, match.residentId(), match.score(), match.matched(), currentUser.actorName(),
                clock.instant());
        audit.record("MATCH_REVIEW_RAISED", RECORD_TYPE, residentId,
                "Possible duplicate of resident " + match.residentId() + " (score " + match.score() + ")");
    }

    /** Pairs waiting for a decision, oldest first; a coordinator sees pairs in their hubs. */
    @PreAuthorize(DECIDES_DUPLICATES)
    @Transactional(readOnly = true)
    public List<MatchReview> reviewQueue() {
        List<ResidentStore.ReviewRow> rows = store.openReviews(200);
        Map<Long, ResidentSummary> people = summaries(ResidentStore.ids(rows));
        return rows.stream()
                .filter(r -> access.maySee(people.get(r.residentId()).hubId())
                        && access.maySee(people.get(r.candidateId()).hubId()))
                .map(r -> new MatchReview(r.id(), people.get(r.residentId()), people.get(r.candidateId()), r.score(),
                        r.matchedFields(), r.raisedBy(), r.raisedAt()))
                .toList();
    }

    /** The pair are different people: the review is closed. */
    @PreAuthorize(DECIDES_DUPLICATES)
    public void keepApart(long reviewId) {
        ResidentStore.ReviewRow review = openReview(reviewId);
        store.decideReview(reviewId, "KEPT_APART", currentUser.actorName(), clock.instant());
        audit.record("MATCH_REVIEW_KEPT_APART", RECORD_TYPE, review.residentId(),
                "Not the same person as resident " + review.candidateId());
    }

    /** Merges the review's pair into the chosen survivor (one of the two). */
    @PreAuthorize(DECIDES_DUPLICATES)
    public MergeRecord mergeReviewed(long reviewId, long survivorId) {
        ResidentStore.ReviewRow review = openReview(reviewId);
        if (survivorId != review.residentId() && survivorId != review.candidateId()) {
            throw InvalidInputException.of("survivor", "Keep one of the two residents in the review");
        }
        long mergedId = survivorId == review.residentId() ? review.candidateId() : review.residentId();
        MergeRecord merge = merge(mergedId, survivorId);
        store.decideReview(reviewId, "MERGED", currentUser.actorName(), clock.instant());
        return merge;
    }

    /**
     * Merges one resident into another: everything recorded against the merged resident
     * (requests, calls, consent) shows on the survivor from now on. Audited; can be undone.
     */
    @PreAuthorize(DECIDES_DUPLICATES)
    public MergeRecord merge(long mergedId, long survivorId) {
        if (mergedId == survivorId) {
            throw InvalidInputException.of("survivor", "Choose two different residents");
        }
        Resident merged = load(mergedId);
        Resident survivor = load(survivorId);
        access.require(merged.id(), merged.hubId());
        access.require(survivor.id(), survivor.hubId());
        if (merged.mergedIntoId() != null || survivor.mergedIntoId() != null) {
            throw InvalidInputException.of("survivor", "One of these residents has already been merged");
        }
        Instant now = clock.instant();
        merged.mergeInto(survivorId, currentUser.actorName(), now);
        repository.save(merged);
        long id = store.recordMerge(mergedId, survivorId, currentUser.actorName(), now);
        audit.record("RESIDENTS_MERGED", RECORD_TYPE, survivorId, "Merged resident " + mergedId + " into " + survivorId);
        return mergeRecord(store.merge(id).orElseThrow());
    }

    /** Separates a merged resident again, with their own history. */
    @PreAuthorize(DECIDES_DUPLICATES)
    public void undoMerge(long mergeId) {
        ResidentStore.MergeRow row = store.merge(mergeId)
                .orElseThrow(() -> InvalidInputException.of("merge", "No such merge"));
        Resident merged = load(row.mergedId());
        access.require(row.survivorId(), load(row.survivorId()).hubId());
        if (row.undoneAt() != null || !Objects.equals(merged.mergedIntoId(), row.survivorId())) {
            throw InvalidInputException.of("merge", "This merge has already been undone");
        }
        merged.mergeInto(null, currentUser.actorName(), clock.instant());
        repository.save(merged);
        store.markMergeUndone(mergeId, currentUser.actorName(), clock.instant());
        audit.record("RESIDENT_MERGE_UNDONE", RECORD_TYPE, row.survivorId(),
                "Separated resident " + row.mergedId() + " from " + row.survivorId());
    }

    /** Merges into or out of the resident, newest first. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public List<MergeRecord> merges(long residentId) {
        List<ResidentStore.MergeRow> rows = store.mergesTouching(identityGroup(residentId));
        return rows.stream().map(this::mergeRecord).toList();
    }

    private MergeRecord mergeRecord(ResidentStore.MergeRow row) {
        Map<Long, ResidentSummary> people = summaries(List.of(row.mergedId(), row.survivorId()));
        return new MergeRecord(row.id(), people.get(row.mergedId()), people.get(row.survivorId()), row.mergedBy(),
                row.mergedAt(), row.undoneBy(), row.undoneAt());
    }

    private ResidentStore.ReviewRow openReview(long id) {
        ResidentStore.ReviewRow review = store.openReview(id).orElseThrow(() -> InvalidInputException.of("review",
                "This pair has already been decided by someone else"));
        access.require(review.residentId(), load(review.residentId()).hubId());
        access.require(review.candidateId(), load(review.candidateId()).hubId());
        return review;
    }

    private Resident load(long id) {
        return repository.findById(id).orElseThrow(() -> InvalidInputException.of("id", "No such resident"));
    }

    private Resident survivorOf(Resident resident) {
        Resident r = resident;
        for (int hops = 0; r.mergedIntoId() != null && hops < 20; hops++) {
            r = load(r.mergedIntoId());
        }
        return r;
    }

    private static String phone(String text, String field, Map<String, String> errors) {
        if (blankToNull(text) == null) {
            return null;
        }
        return PhoneNumber.parse(text).map(PhoneNumber::digits).orElseGet(() -> {
            errors.putIfAbsent(field, "Enter a UK phone number like 07700 900123 or 0161 496 0000");
            return text;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The names of the details that differ, in words. */
    static List<String> differences(ResidentDetails a, ResidentDetails b) {
        List<String> changed = new ArrayList<>();
        for (var component : ResidentDetails.class.getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!Objects.equals(normal(x), normal(y))) {
                    changed.add(component.getName().replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    private static Object normal(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
