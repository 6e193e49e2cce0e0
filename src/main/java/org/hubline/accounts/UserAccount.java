package org.hubline.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.shared.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** Aggregate root: one person who signs in. Roles and hub memberships are small child sets. */
class UserAccount {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled;
    private boolean mustChangePassword;
    private Long partnerOrganisationId;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant lastSignInAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "user_account_id")
    private Set<UserAccountRole> roles = new HashSet<>();
    @MappedCollection(idColumn = "user_account_id")
    private Set<UserAccountHub> hubs = new HashSet<>();

    UserAccount() {
    }

    static UserAccount create(String username, String displayName, String email, String passwordHash,
            boolean mustChangePassword, Instant now) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = displayName;
        account.email = email;
        account.passwordHash = passwordHash;
        account.enabled = true;
        account.mustChangePassword = mustChangePassword;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    void describe(String displayName, String email, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.updatedAt = now;
    }

    void assign(Set<Role> roles, Set<Long> hubIds, Long partnerOrganisationId, Instant now) {
        this.roles = roles.stream().map(UserAccountRole::new).collect(Collectors.toCollection(HashSet::new));
        this.hubs = hubIds.stream().map(UserAccountHub::new).collect(Collectors.toCollection(HashSet::new));
        this.partnerOrganisationId = partnerOrganisationId;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /** A new password; {@code temporary} ones must be changed at the next sign-in. */
    void changePassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporary;
        this.updatedAt = now;
    }

    void markDemo() {
        this.demo = true;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Long partnerOrganisationId() {
        return partnerOrganisationId;
    }

    boolean demo() {
        return demo;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    int version() {
        return version == null ? 0 : version;
    }

    Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(r.role()));
        return result;
    }

    Set<Long> hubIds() {
        return hubs.stream().map(UserAccountHub::hubId).collect(Collectors.toSet());
    }

    boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
