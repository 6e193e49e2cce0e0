package org.hubline.volunteers;

import static org.hubline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.Postcode;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteer register, kept by coordinators for their hubs: record and change volunteers
 * (a stale change is refused), who is free now, and whose DBS check is due for renewal. Admins
 * keep the list of skills.
 */
@Service
@Transactional
public class VolunteerRoster {

    static final String COORDINATES = "hasRole('HUB_COORDINATOR')";
    static final String RECORD_TYPE = "VOLUNTEER";

    private final HubDirectory places;
    private final VolunteerRepository volunteers;
    private final VolunteersStore store;
    private final TaskRules rules;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    VolunteerRoster(HubDirectory places, VolunteerRepository volunteers, VolunteersStore store, TaskRules rules, Validation validation,
            AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.places = places;
        this.volunteers = volunteers;
        this.store = store;
        this.rules = rules;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The volunteers serving the hub, by name. */
    /** Volunteer capacity per hub now (counts only), for the insight dashboards, of the hubs the user may see. */
    @PreAuthorize("hasAnyRole('STRATEGIC_DIRECTOR', 'ADMIN', 'HUB_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<HubCapacity> capacityByHub() {
        HubScope scope = currentUser.aggregateScope();
        return store.capacityByHub().stream().filter(c -> scope.includes(c.hubId())).toList();
    }

    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public List<VolunteerRecord> ofHub(long hubId) {
        currentUser.hubScope().require(hubId);
        return volunteers.findAllById(store.volunteerIdsOfHub(hubId)).stream().map(Volunteer::toRecord)
                .sorted(Comparator.comparing((VolunteerRecord v) -> v.details().lastName())
                        .thenComparing(v -> v.details().firstName()))
                .toList();
    }

    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public VolunteerRecord get(long id) {
        Volunteer v = load(id);
        requireScope(v.hubIds());
        return v.toRecord();
    }

    @PreAuthorize(COORDINATES)
    public VolunteerRecord register(VolunteerDetails details) {
        VolunteerDetails checked = check(details);
        Volunteer v = volunteers.save(Volunteer.create(checked, clock.instant()));
        audit.record("VOLUNTEER_REGISTERED", RECORD_TYPE, v.id(), checked.name() + " · " + checked.status().label());
        return v.toRecord();
    }

    /** Changes a volunteer as opened; refused, saying so, if someone else saved them meanwhile. */
    @PreAuthorize(COORDINATES)
    public VolunteerRecord update(VolunteerRecord opened, VolunteerDetails details) {
        Volunteer v = load(opened.id());
        requireScope(v.hubIds());
        if (v.version() != opened.version()) {
            throw new StaleEditException("Someone else changed " + opened.name() + " while you had them open. "
                    + "Reload to see their change, then make yours again.");
        }
        VolunteerDetails checked = check(details);
        v.describe(checked, clock.instant());
        v = volunteers.save(v);
        audit.record("VOLUNTEER_CHANGED", RECORD_TYPE, v.id(), checked.name() + " · " + checked.status().label());
        return v.toRecord();
    }

    /**
     * Volunteers of the hub who could take a task now: active, consenting, free this part of today, with
     * a free slot, not away, and their DBS check (if they have one) not lapsed.
     */
    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public List<VolunteerLine> availableNow(long hubId) {
        currentUser.hubScope().require(hubId);
        LocalDateTime now = LocalDateTime.now(clock);
        return store.availableAt(hubId, now.getDayOfWeek(), PartOfDay.of(now.toLocalTime()), now.toLocalDate());
    }

    /** Volunteers of the hub whose DBS check is due for renewal within the days (or overdue). */
    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public List<VolunteerLine> dbsRenewalsDue(long hubId, int days) {
        currentUser.hubScope().require(hubId);
        return store.renewalsDue(hubId, LocalDate.now(clock).plusDays(days));
    }

    /** Wards a volunteer can live in (ranking prefers volunteers from the resident's ward). */
    @PreAuthorize(COORDINATES)
    @Transactional(readOnly = true)
    public List<Ward> wards() {
        return places.wards().stream().filter(Ward::active).toList();
    }

    @PreAuthorize("hasAnyRole('HUB_COORDINATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Skill> skills() {
        return store.skills();
    }

    /** Adds a skill to the list, or renames or retires one. */
    @PreAuthorize(Roles.IS_ADMIN)
    public void saveSkill(Skill skill, boolean isNew) {
        if (skill.name() == null || skill.name().isBlank()) {
            throw InvalidInputException.of("name", "Enter the skill's name");
        }
        String code = skill.code() == null ? "" : skill.code().trim().toUpperCase(Locale.ROOT);
        if (isNew && !code.matches("[A-Z][A-Z_]{1,31}")) {
            throw InvalidInputException.of("code", "A code is 2–32 capital letters or underscores");
        }
        if (isNew && store.skillNames().containsKey(code)) {
            throw InvalidInputException.of("code", "That code is already used");
        }
        store.saveSkill(new Skill(code, skill.name().trim(), skill.sortOrder(), skill.active()), isNew);
        audit.record(isNew ? "SKILL_ADDED" : "SKILL_CHANGED", "SKILL", code, skill.name().trim());
    }

    private VolunteerDetails check(VolunteerDetails d) {
        Map<String, String> errors = validation.violations(d);
        HubScope scope = currentUser.hubScope();
        if (d.hubIds().isEmpty()) {
            errors.putIfAbsent("hubIds", "Choose at least one hub they serve");
        } else if (!d.hubIds().stream().allMatch(scope::includes)) {
            errors.putIfAbsent("hubIds", "You can only record volunteers for your own hubs");
        }
        if (!store.skillNames().keySet().containsAll(d.skills())) {
            errors.putIfAbsent("skills", "Choose skills from the list");
        }
        String phone = d.phone();
        if (phone != null && !phone.isBlank()) {
            phone = PhoneNumber.parse(phone).map(PhoneNumber::digits).orElse(null);
            if (phone == null) {
                errors.putIfAbsent("phone", "Enter a UK phone number like 07700 900123");
            }
        }
        String postcode = d.postcode();
        if (postcode != null && !postcode.isBlank()) {
            postcode = Postcode.parse(postcode).map(Postcode::value).orElse(null);
            if (postcode == null) {
                errors.putIfAbsent("postcode", "Enter a UK postcode like OL1 1AA");
            }
        }
        if ((d.phone() == null || d.phone().isBlank()) && (d.email() == null || d.email().isBlank())) {
            errors.putIfAbsent("phone", "Enter a phone number or an email address, so we can tell them about tasks");
        }
        checkChecksAndConsent(d, errors);
        Validation.throwIfAny(errors);
        LocalDate renewal = d.dbsRenewalDue();
        if (renewal == null && d.dbsLevel() != DbsLevel.NONE && !d.dbsUpdateService()) {
            renewal = d.dbsCertificateDate().plusYears(rules.dbsRenewalYears());
        }
        return new VolunteerDetails(d.firstName(), d.lastName(), phone, blankToNull(d.email()),
                blankToNull(d.addressLine1()), postcode, blankToNull(d.homeWardCode()), blankToNull(d.languages()),
                d.hubIds(), d.skills(), d.availability(), d.away(), d.dbsLevel(), d.dbsCertificateDate(),
                d.dbsUpdateService(), renewal, d.idChecked(), d.trainingCompleted(), d.maxTasks(), d.status(),
                d.consentToHold());
    }

    /** The DBS check has a date (not in the future), times away run forwards, and an active volunteer has consented. */
    private void checkChecksAndConsent(VolunteerDetails d, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        if (d.dbsCertificateDate() != null && d.dbsCertificateDate().isAfter(today)) {
            errors.putIfAbsent("dbsCertificateDate", "The certificate date cannot be in the future");
        }
        if (d.dbsLevel() != null && d.dbsLevel() != DbsLevel.NONE && d.dbsCertificateDate() == null) {
            errors.putIfAbsent("dbsCertificateDate", "Enter the DBS certificate's date");
        }
        if (d.away().stream().anyMatch(a -> a.from() == null || a.to() == null || a.to().isBefore(a.from()))) {
            errors.putIfAbsent("away", "Each time away needs a first and last day, in that order");
        }
        if (d.status() == VolunteerStatus.ACTIVE && !d.consentToHold()) {
            errors.putIfAbsent("consentToHold", "An active volunteer must have agreed to us holding their details");
        }
    }

    void requireScope(Set<Long> hubIds) {
        HubScope scope = currentUser.hubScope();
        if (hubIds.stream().noneMatch(scope::includes)) {
            throw new AccessDeniedException("This volunteer serves hubs you do not work for.");
        }
    }

    Volunteer load(long id) {
        return volunteers.findById(id).orElseThrow(() -> InvalidInputException.of("volunteer", "No such volunteer"));
    }
}
