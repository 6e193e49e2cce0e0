package org.hubline.test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Puts a real Hubline user (loaded as at sign-in) into the security context of the application
 * under test. Uses that application's own context strategy, so it works with several Spring
 * contexts (H2, PostgreSQL) in one JVM.
 */
@Component
public class SignedIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy strategy;

    public SignedIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.users = users;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public static SignedIn in(ApplicationContext app) {
        return new SignedIn(app.getBean(UserDetailsService.class),
                app.getBeanProvider(SecurityContextHolderStrategy.class));
    }

    public UserDetails as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        SecurityContextHolder.setContext(context);
        return user;
    }

    public void nobody() {
        strategy.clearContext();
        SecurityContextHolder.clearContext();
    }
}
