package org.hubline.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in Hubline user: who they are, their roles, and the hubs and
 * partner organisation their data is scoped to. Built by the accounts module at sign-in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final Set<Role> roles;
    private final List<HubRef> hubs;
    private final Long partnerOrganisationId;
    private final String partnerOrganisationName;
    private final int accountVersion;

    /**
     * {@code accountVersion}: the account's version when this principal was made; a session whose
     * principal is older than the account ends (the account was disabled, its roles, hubs or
     * organisation changed, or its password reset).
     */
    public SignedInUser(long id, String username, String displayName, String passwordHash, boolean enabled,
            boolean mustChangePassword, Set<Role> roles, List<HubRef> hubs, Long partnerOrganisationId,
            String partnerOrganisationName, int accountVersion) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.roles = Set.copyOf(roles);
        this.hubs = List.copyOf(hubs);
        this.partnerOrganisationId = partnerOrganisationId;
        this.partnerOrganisationName = partnerOrganisationName;
        this.accountVersion = accountVersion;
    }

    /** The same user with the "must change password" flag cleared, after they changed it (the account is now at {@code accountVersion}). */
    public SignedInUser withPasswordChanged(int accountVersion) {
        return new SignedInUser(id, username, displayName, null, enabled, false, roles, hubs,
                partnerOrganisationId, partnerOrganisationName, accountVersion);
    }

    public int accountVersion() {
        return accountVersion;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public List<HubRef> hubs() {
        return hubs;
    }

    public Optional<Long> partnerOrganisationId() {
        return Optional.ofNullable(partnerOrganisationId);
    }

    public Optional<String> partnerOrganisationName() {
        return Optional.ofNullable(partnerOrganisationName);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
