package org.hubline.referrals;

import static org.hubline.shared.Text.blankToNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hubline.audit.AuditTrail;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.hubline.shared.validation.WebAddress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner organisations admins keep: who each is (name, charity or company number), how to
 * reach it, the email every new referral is sent to, the hubs it serves, and whether it takes
 * referrals now. A stale edit is refused; every change is audited.
 */
@Service
@Transactional
public class OrganisationRegister {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** A charity number (6–8 digits) or a company number (8 characters: digits, or two letters and six digits). */
    private static final Pattern REGISTRATION = Pattern.compile("^(\\d{6,8}|[A-Z]{2}\\d{6})$");

    private final DirectoryStore store;
    private final HubDirectory hubs;
    private final AuditTrail audit;

    OrganisationRegister(DirectoryStore store, HubDirectory hubs, AuditTrail audit) {
        this.store = store;
        this.hubs = hubs;
        this.audit = audit;
    }

    /** Every organisation, active or not, by name. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return store.organisations();
    }

    /** The hubs each organisation serves, by organisation id (none listed for one that serves none). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> hubsServed() {
        return store.hubsServedByOrganisation();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Set<Long> hubsServed(long organisationId) {
        return store.hubsServed(organisationId);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<Hub> hubChoices() {
        return hubs.hubs();
    }

    /**
     * Adds (id null) or changes an organisation as it was opened, with the hubs it serves; every
     * problem is reported at once, keyed by field. Refused if someone else saved it meanwhile.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public Organisation save(Organisation o, Set<Long> hubsServed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = blankToNull(o.name());
        if (name == null) {
            errors.put("name", "Enter the organisation's name");
        } else if (name.trim().length() > 200) {
            errors.put("name", "Keep the name under 200 characters");
        } else {
            store.organisationNamed(name).filter(other -> !other.id().equals(o.id())).ifPresent(other ->
                    errors.put("name", "There is already an organisation with this name"));
        }
        String referral = email(o.referralEmail(), "referralEmail", errors);
        String email = email(o.email(), "email", errors);
        String registration = blankToNull(o.registrationNumber()) == null ? null
                : o.registrationNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (registration != null && !REGISTRATION.matcher(registration).matches()) {
            errors.put("registrationNumber", "Enter a charity number (6 to 8 digits) or a company number "
                    + "(8 characters, like 01234567 or SC123456)");
        }
        String phone = blankToNull(o.phone()) == null ? null : PhoneNumber.parse(o.phone()).map(PhoneNumber::digits)
                .orElseGet(() -> {
                    errors.put("phone", "Enter a UK phone number like 0161 496 0000");
                    return o.phone();
                });
        if (!WebAddress.valid(blankToNull(o.website()))) {
            errors.put("website", WebAddress.MESSAGE);
        }
        Set<Long> known = hubs.hubs().stream().map(Hub::id).collect(Collectors.toSet());
        Set<Long> served = hubsServed == null ? Set.of() : Set.copyOf(hubsServed);
        if (!known.containsAll(served)) {
            errors.put("hubs", "Choose hubs from the list");
        }
        Validation.throwIfAny(errors);
        Organisation checked = new Organisation(o.id(), name.trim(), blankToNull(o.description()),
                blankToNull(o.website()), email, referral, o.active(), registration, phone, o.version());
        long id;
        if (o.id() == null) {
            id = store.insertOrganisation(checked);
        } else {
            id = o.id();
            if (!store.updateOrganisation(checked)) {
                throw new StaleEditException("Someone else changed " + checked.name() + " while you had it open. "
                        + "Reload to see their change, then make yours again.");
            }
        }
        store.replaceHubsServed(id, served);
        audit.record(o.id() == null ? "ORGANISATION_ADDED" : "ORGANISATION_CHANGED", "ORGANISATION", id,
                checked.name() + (checked.active() ? "" : " (not taking referrals)"));
        return store.organisation(id).orElseThrow();
    }

    private static String email(String text, String field, Map<String, String> errors) {
        String email = blankToNull(text);
        if (email != null && !EMAIL.matcher(email.trim()).matches()) {
            errors.put(field, "Enter an email address like referrals@example.org");
        }
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
