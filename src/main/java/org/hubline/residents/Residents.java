package org.hubline.residents;

import static org.hubline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hubline.audit.AuditEntry;
import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.Postcode;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residents the helpline knows: find likely existing residents while the handler types,
 * add and change residents (a stale change is refused), keep consent history and show who
 * viewed a resident. Duplicates are reviewed and merged in {@link Duplicates}; what other
 * modules read for their lists and counts is in {@link ResidentFacts}. Call handlers see every
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

    static final String RECORD_TYPE = "RESIDENT";
    static final String VIEWED = "RESIDENT_VIEWED";

    private final ResidentRepository repository;
    private final ResidentStore store;
    private final ResidentAccess access;
    private final ResidentLookup lookup;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Residents(ResidentRepository repository, ResidentStore store, ResidentAccess access, ResidentLookup lookup,
            Validation validation, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.lookup = lookup;
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
        List<ResidentMatch> shown = matches.size() > limit ? List.copyOf(matches.subList(0, limit))
                : List.copyOf(matches);
        audit.recordReads(VIEWED, RECORD_TYPE, shown.stream().map(ResidentMatch::residentId).toList(),
                ReadPurpose.MATCHING);
        return shown;
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
                details.consentToHold(), details.consentToShare(), details.supportNeeds(),
                blankToNull(details.supportNote()));
    }

    /** Adds a resident; their consent answers start the consent history. */
    @PreAuthorize(FINDS_OR_ADDS_RESIDENTS)
    public ResidentRecord create(ResidentDetails details, Placement placement) {
        ResidentDetails checked = check(details);
        Instant now = clock.instant();
        String by = currentUser.actorName();
        Resident resident = repository.save(Resident.create(checked, placement, by, now));
        store.replaceKeys(resident.id(), MatchRules.indexKeys(MatchQuery.of(checked)));
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
        Resident resident = lookup.require(opened.id());
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
        store.replaceKeys(resident.id(), MatchRules.indexKeys(MatchQuery.of(checked)));
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
        Resident resident = lookup.require(residentId);
        ResidentDetails changed = resident.details().withConsentToShare(given);
        Instant now = clock.instant();
        resident.describe(changed, new Placement(resident.toRecord().wardCode(), resident.hubId()),
                currentUser.actorName(), now);
        resident = repository.save(resident);
        store.recordConsent(residentId, new ConsentChange(ConsentChange.Kind.SHARE, given, currentUser.actorName(),
                now, note));
        audit.record("CONSENT_RECORDED", RECORD_TYPE, residentId,
                (given ? "Consent to share given" : "Consent to share withdrawn") + (note == null ? ""
                        : " (note kept with the consent history)"));
        return resident.toRecord();
    }

    /** The resident (or, if merged, the resident they were merged into), if the user may see them. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public ResidentRecord get(long id) {
        return lookup.visible(id).toRecord();
    }

    /** The resident a web-form request is attached to (never sent back to the form). */
    @PreAuthorize("hasRole('WEB_FORM')")
    @Transactional(readOnly = true)
    public ResidentRecord getForWebForm(long id) {
        return lookup.survivorOf(lookup.load(id)).toRecord();
    }

    /** Opens the resident's record to read it: the viewing is audited. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    public ResidentRecord view(long id) {
        return view(id, ReadPurpose.VIEWING);
    }

    /** Opens the resident's record to read it for the purpose given, which is audited. */
    @PreAuthorize(WORKS_WITH_RESIDENTS)
    public ResidentRecord view(long id, ReadPurpose purpose) {
        ResidentRecord record = get(id);
        audit.recordReads(VIEWED, RECORD_TYPE, List.of(record.id()), purpose);
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


    private static String phone(String text, String field, Map<String, String> errors) {
        if (blankToNull(text) == null) {
            return null;
        }
        return PhoneNumber.parse(text).map(PhoneNumber::digits).orElseGet(() -> {
            errors.putIfAbsent(field, "Enter a UK phone number like 07700 900123 or 0161 496 0000");
            return text;
        });
    }

    /** The names of the details that differ, in words. */
    static List<String> differences(ResidentDetails a, ResidentDetails b) {
        List<String> changed = new ArrayList<>();
        for (var component : ResidentDetails.class.getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!Objects.equals(normal(x), normal(y))) {
                    changed.add(component.getName().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT));
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
