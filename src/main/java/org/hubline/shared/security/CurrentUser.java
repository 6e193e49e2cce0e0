package org.hubline.shared.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, read from the security context, and the data scope that follows from
 * their roles: the hubs they work for and, for partner staff, their organisation.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    /** Uses the application's security context strategy (Vaadin registers one) if there is one. */
    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The actor recorded for work done with nobody signed in (sign-in attempts, start-up jobs). */
    public static final String SYSTEM = "system";

    public Optional<SignedInUser> get() {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        // Any other principal (e.g. a test's mock user): roles from its authorities, no hubs.
        return Optional.of(new SignedInUser(-1, auth.getName(), auth.getName(), null, true, false,
                rolesOf(auth), List.of(), null, null, 0));
    }

    /** Whether the current authentication carries the authority, e.g. a system client's role. */
    public boolean hasAuthority(String authority) {
        Authentication auth = securityContext.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }

    /** The name to record in the audit trail for the current action. */
    public String actorName() {
        return get().map(SignedInUser::getUsername).orElse(SYSTEM);
    }

    /** Admins see every hub; everyone else sees the hubs they belong to. */
    public HubScope hubScope() {
        SignedInUser user = require();
        if (user.hasRole(Role.ADMIN)) {
            return HubScope.everyHub();
        }
        return HubScope.of(user.hubs().stream().map(HubRef::id).collect(Collectors.toSet()));
    }

    /**
     * The hubs whose aggregate figures (counts, never records) the user may see: every hub for
     * strategic directors and admins, their own hubs for everyone else.
     */
    public HubScope aggregateScope() {
        SignedInUser user = require();
        if (user.hasRole(Role.STRATEGIC_DIRECTOR)) {
            return HubScope.everyHub();
        }
        return hubScope();
    }

    /** The partner organisation a partner user works for; refused for anyone without one. */
    public long requirePartnerOrganisation() {
        return require().partnerOrganisationId()
                .orElseThrow(() -> new AccessDeniedException("You are not a member of a partner organisation."));
    }

    private static Set<Role> rolesOf(Authentication auth) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
