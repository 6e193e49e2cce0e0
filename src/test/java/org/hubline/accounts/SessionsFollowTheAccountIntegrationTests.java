package org.hubline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.hubline.test.InTheDemoBorough;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * An admin changes an account while its user is signed in twice (two sessions, say a desk and a
 * laptop): disabling it, changing its roles or hubs, or resetting its password ends both sessions on
 * their next request, while a colleague's session goes on. The user's own password change keeps the
 * session they changed it in and ends the other.
 */
abstract class SessionsFollowTheAccountIntegrationTests extends InTheDemoBorough {

    @Autowired
    UserAdministration admin;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PasswordChange passwordChange;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<SecurityContextHolderStrategy> strategy;

    private SecurityContextHolderStrategy contexts;

    @org.junit.jupiter.api.BeforeEach
    void theAppsStrategy() {
        contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private String newHandler() {
        signedIn.as("admin");
        String username = "two.sessions." + UUID.randomUUID().toString().substring(0, 8);
        admin.create(new UserDetailsInput(username, "Two Sessions", null, Set.of(Role.CALL_HANDLER), Set.of(), null));
        return username;
    }

    /** A session signed in as the user, as the sign-in leaves it. */
    private MockHttpSession signedInSession(String username) {
        SignedInUser user = users.loadUserByUsername(username);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    /** One request in the session, through the filter; true if the session is still signed in after it. */
    private boolean stillSignedIn(MockHttpSession session) throws Exception {
        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        contexts.setContext(context);
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/calls/new");
            request.setSession(session);
            new SessionFollowsAccount(jdbc, audit, contexts).doFilter(request, new MockHttpServletResponse(),
                    new MockFilterChain());
            return !session.isInvalid() && contexts.getContext().getAuthentication() != null;
        } finally {
            contexts.clearContext();
        }
    }

    private void bothSessionsEndWhen(Consumer<Long> change) throws Exception {
        String username = newHandler();
        long id = users.loadUserByUsername(username).id();
        MockHttpSession desk = signedInSession(username);
        MockHttpSession laptop = signedInSession(username);
        MockHttpSession colleague = signedInSession("handler");
        assertThat(stillSignedIn(desk)).isTrue();
        assertThat(stillSignedIn(laptop)).isTrue();
        signedIn.as("admin");
        change.accept(id);
        signedIn.nobody();
        assertThat(stillSignedIn(desk)).isFalse();
        assertThat(stillSignedIn(laptop)).isFalse();
        assertThat(stillSignedIn(colleague)).isTrue();
    }

    @Test
    void disablingALeaverEndsTheirOpenSessions() throws Exception {
        bothSessionsEndWhen(admin::disable);
    }

    @Test
    void changingRolesOrHubsEndsTheOpenSessionsSoTheNewRightsApply() throws Exception {
        bothSessionsEndWhen(id -> {
            ManagedUser opened = admin.get(id);
            admin.update(opened, new UserDetailsInput(opened.username(), opened.displayName(), opened.email(),
                    Set.of(Role.STRATEGIC_DIRECTOR), Set.of(), null));
        });
    }

    @Test
    void resettingAPasswordEndsTheOpenSessions() throws Exception {
        bothSessionsEndWhen(admin::resetPassword);
    }

    @Test
    void changingYourOwnPasswordKeepsThisSessionAndEndsTheOther() throws Exception {
        signedIn.as("admin");
        String username = "own.change." + UUID.randomUUID().toString().substring(0, 8);
        TemporaryPassword temporary = admin.create(new UserDetailsInput(username, "Own Change", null,
                Set.of(Role.CALL_HANDLER), Set.of(), null));
        MockHttpSession here = signedInSession(username);
        MockHttpSession elsewhere = signedInSession(username);
        SecurityContext context = (SecurityContext) here.getAttribute("SPRING_SECURITY_CONTEXT");
        signedIn.nobody();
        contexts.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            passwordChange.change(temporary.password(), "a new long passphrase 42", "a new long passphrase 42");
        } finally {
            contexts.clearContext();
            SecurityContextHolder.clearContext();
        }
        assertThat(stillSignedIn(here)).isTrue();
        assertThat(stillSignedIn(elsewhere)).isFalse();
    }
}
