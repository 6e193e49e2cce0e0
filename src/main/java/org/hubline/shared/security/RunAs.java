package org.hubline.shared.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Does work as a named user, through the same guarded services a signed-in user would use: for
 * seeding demo data at start-up (never for work a user should be asked to sign in for).
 */
@Component
public class RunAs {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    public RunAs(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.users = users;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void run(String username, Runnable work) {
        UserDetails user = users.loadUserByUsername(username);
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        security.setContext(context);
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }

    /**
     * Does a scheduled job's work as the system: signed in, with no role, so it passes only the
     * checks every signed-in user passes (reading hubs and wards) and nothing role-guarded.
     */
    public void system(Runnable work) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                List.of()));
        security.setContext(context);
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }
}
