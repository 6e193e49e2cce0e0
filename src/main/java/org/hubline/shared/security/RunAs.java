package org.hubline.shared.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

    /** The authority of the demo set-up at start-up, which adds the demo accounts. */
    public static final String DEMO_SETUP = "DEMO_SETUP";

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    public RunAs(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.users = users;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }

    /** Like {@link #run}, returning what the work gives. */
    public <T> T call(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.clearContext();
        }
    }

    /**
     * Does a scheduled job's work as the system: signed in, with no role, so it passes only the
     * checks every signed-in user passes (reading hubs and wards) and nothing role-guarded.
     */
    public void system(Runnable work) {
        systemWith(List.of(), work);
    }

    /** Sets up the demo (accounts first, before any demo user exists) as the system with {@link #DEMO_SETUP}. */
    public void demoSetup(Runnable work) {
        systemWith(List.of(new SimpleGrantedAuthority(DEMO_SETUP)), work);
    }

    private void systemWith(List<SimpleGrantedAuthority> authorities, Runnable work) {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                authorities));
        security.setContext(context);
        try {
            work.run();
        } finally {
            security.clearContext();
        }
    }
}
