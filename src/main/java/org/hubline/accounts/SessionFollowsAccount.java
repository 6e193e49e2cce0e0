package org.hubline.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An open session follows its account: on every request the signed-in principal is checked against
 * the account as it is now. If the account has gone, been disabled, or changed since sign-in (its
 * roles, hubs or partner organisation, or a password reset: every change to an account moves its
 * version on), the session ends there and then and the user must sign in again, getting the
 * account's present rights. One indexed read per request; the user's own password change keeps
 * their current session (it moves the principal on with the account) and ends their others.
 */
final class SessionFollowsAccount extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecurityContextHolderStrategy contexts;

    SessionFollowsAccount(JdbcClient jdbc, AuditTrail audit, SecurityContextHolderStrategy contexts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.contexts = contexts;
    }

    private record Account(int version, boolean enabled) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.id() > 0) {
            Optional<Account> now = jdbc.sql("SELECT version, enabled FROM user_account WHERE id = :id")
                    .param("id", user.id()).query((rs, n) -> new Account(rs.getInt(1), rs.getBoolean(2))).optional();
            if (now.isEmpty() || !now.get().enabled() || now.get().version() != user.accountVersion()) {
                end(request, user);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, SignedInUser user) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        contexts.clearContext();
        audit.recordAs(user.getUsername(), AccountsAudit.SESSION_ENDED, AccountsAudit.RECORD_TYPE, user.id(),
                "An open session ended because the account changed");
    }
}
