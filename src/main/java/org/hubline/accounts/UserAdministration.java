package org.hubline.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hubline.audit.AuditTrail;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration for admins: find, create, change, disable and re-enable users, and reset
 * passwords. Every change is audited.
 */
@Service
@Transactional
public class UserAdministration {

    private final UserAccountRepository accounts;
    private final UserAccountQueries queries;
    private final AccountRules rules;
    private final HubDirectory hubDirectory;
    private final PartnerOrganisations partnerOrganisations;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAdministration(UserAccountRepository accounts, UserAccountQueries queries, AccountRules rules,
            HubDirectory hubDirectory, PartnerOrganisations partnerOrganisations, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.rules = rules;
        this.hubDirectory = hubDirectory;
        this.partnerOrganisations = partnerOrganisations;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of users whose username or name contains {@code text} (blank for all), by name. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> find(String text, int offset, int limit) {
        return find(text, null, offset, limit);
    }

    /** The same, of one partner organisation only (null for everyone). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<UserSummary> find(String text, Long partnerOrganisationId, int offset, int limit) {
        return queries.page(text, partnerOrganisationId, offset, limit);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public int count(String text) {
        return count(text, null);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public int count(String text, Long partnerOrganisationId) {
        return queries.count(text, partnerOrganisationId);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public ManagedUser get(long id) {
        return toManaged(load(id));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<Hub> hubOptions() {
        return hubDirectory.hubs();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<PartnerOrganisationRef> partnerOptions() {
        return partnerOrganisations.all();
    }

    /** Creates a user with a temporary password, which they must change at first sign-in. */
    @PreAuthorize(Roles.IS_ADMIN)
    public TemporaryPassword create(UserDetailsInput input) {
        Map<String, String> errors = rules.check(input);
        String username = AccountRules.normaliseUsername(input.username());
        if (username != null && !errors.containsKey("username") && accounts.existsByUsername(username)) {
            errors.put("username", "That username is already taken");
        }
        Validation.throwIfAny(errors);
        String password = PasswordPolicy.temporaryPassword();
        UserAccount account = UserAccount.create(username, input.displayName(), input.email(),
                passwordEncoder.encode(password), true, clock.instant());
        account.assign(input.roles(), input.hubIds(), input.partnerOrganisationId(), clock.instant());
        account = accounts.save(account);
        audit.record(AccountsAudit.USER_CREATED, AccountsAudit.RECORD_TYPE, account.id(),
                "Created " + username + " with roles " + input.roles() + describeScope(input));
        return new TemporaryPassword(account.id(), username, password);
    }

    /**
     * Applies an admin's changes to the user as they opened it. Refused, saying what changed, if
     * someone else saved the user in the meantime.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public ManagedUser update(ManagedUser opened, UserDetailsInput input) {
        UserAccount account = load(opened.id());
        if (account.version() != opened.version()) {
            throw new StaleEditException(staleMessage(opened, toManaged(account)));
        }
        Map<String, String> errors = rules.check(new UserDetailsInput(account.username(), input.displayName(),
                input.email(), input.roles(), input.hubIds(), input.partnerOrganisationId()));
        if (isSelf(account) && account.hasRole(Role.ADMIN) && !input.roles().contains(Role.ADMIN)) {
            errors.put("roles", "You cannot remove your own admin role");
        }
        if (account.hasRole(Role.ADMIN) && !input.roles().contains(Role.ADMIN) && account.enabled()
                && accounts.countEnabledAdmins() <= 1) {
            errors.put("roles", "Hubline needs at least one enabled admin");
        }
        Validation.throwIfAny(errors);
        ManagedUser before = toManaged(account);
        account.describe(input.displayName(), input.email(), clock.instant());
        account.assign(input.roles(), input.hubIds(), input.partnerOrganisationId(), clock.instant());
        account = accounts.save(account);
        ManagedUser after = toManaged(account);
        audit.record(AccountsAudit.USER_UPDATED, AccountsAudit.RECORD_TYPE, account.id(),
                "Changed " + String.join(", ", differences(before, after)) + " of " + account.username());
        return after;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void disable(long id) {
        UserAccount account = load(id);
        if (isSelf(account)) {
            throw InvalidInputException.of("enabled", "You cannot disable your own account");
        }
        if (account.hasRole(Role.ADMIN) && account.enabled() && accounts.countEnabledAdmins() <= 1) {
            throw InvalidInputException.of("enabled", "Hubline needs at least one enabled admin");
        }
        account.setEnabled(false, clock.instant());
        accounts.save(account);
        audit.record(AccountsAudit.USER_DISABLED, AccountsAudit.RECORD_TYPE, id, "Disabled " + account.username());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public void enable(long id) {
        UserAccount account = load(id);
        account.setEnabled(true, clock.instant());
        accounts.save(account);
        audit.record(AccountsAudit.USER_ENABLED, AccountsAudit.RECORD_TYPE, id, "Enabled " + account.username());
    }

    /**
     * Gives the user a new temporary password (which they must change at next sign-in) and lifts
     * any sign-in pause on the account.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public TemporaryPassword resetPassword(long id) {
        UserAccount account = load(id);
        String password = PasswordPolicy.temporaryPassword();
        account.changePassword(passwordEncoder.encode(password), true, clock.instant());
        accounts.save(account);
        throttle.clear(account.username());
        audit.record(AccountsAudit.PASSWORD_RESET, AccountsAudit.RECORD_TYPE, id,
                "Reset the password of " + account.username());
        return new TemporaryPassword(id, account.username(), password);
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> InvalidInputException.of("id", "No such user"));
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.get().map(u -> u.getUsername().equals(account.username())).orElse(false);
    }

    private String describeScope(UserDetailsInput input) {
        StringBuilder sb = new StringBuilder();
        if (!input.hubIds().isEmpty()) {
            sb.append(", hubs ").append(input.hubIds());
        }
        if (input.partnerOrganisationId() != null) {
            sb.append(", partner organisation ").append(input.partnerOrganisationId());
        }
        return sb.toString();
    }

    static ManagedUser toManaged(UserAccount a) {
        return new ManagedUser(a.id(), a.username(), a.displayName(), a.email(), a.roles(), a.hubIds(),
                a.partnerOrganisationId(), a.enabled(), a.version());
    }

    static String staleMessage(ManagedUser opened, ManagedUser current) {
        List<String> changed = differences(opened, current);
        return "Someone else saved this user after you opened it"
                + (changed.isEmpty() ? "" : " (they changed " + String.join(", ", changed) + ")")
                + ". Your changes were not saved: close the form, open the user again and reapply them.";
    }

    static List<String> differences(ManagedUser a, ManagedUser b) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.displayName(), b.displayName())) {
            changed.add("name");
        }
        if (!Objects.equals(a.email(), b.email())) {
            changed.add("email");
        }
        if (!Objects.equals(Set.copyOf(a.roles()), Set.copyOf(b.roles()))) {
            changed.add("roles");
        }
        if (!Objects.equals(Set.copyOf(a.hubIds()), Set.copyOf(b.hubIds()))) {
            changed.add("hubs");
        }
        if (!Objects.equals(a.partnerOrganisationId(), b.partnerOrganisationId())) {
            changed.add("partner organisation");
        }
        if (a.enabled() != b.enabled()) {
            changed.add("enabled");
        }
        return changed;
    }
}
