package org.hubline.accounts;

import java.time.Clock;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling and auditing. The same messages are given whether or not the
 * account exists; a disabled account is only revealed to someone who knows its password.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect username or password. Check them and try again.";
    static final String LOCKED = "Sign-in is paused for this account for 15 minutes after repeated failed "
            + "attempts. Try again later, or ask an administrator to reset your password.";
    static final String DISABLED = "This account has been disabled. Contact your Hubline administrator.";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final UserAccountRepository accounts;
    private final Clock clock;

    ThrottlingAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
            AuditTrail audit, UserAccountRepository accounts, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Checked after the password instead, so a wrong password never reveals a disabled account.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.throttle = throttle;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = SignInThrottle.key(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        if (throttle.lockedUntil(username, address).isPresent()) {
            audit.recordAs(username, AccountsAudit.SIGN_IN_REFUSED_LOCKED, AccountsAudit.RECORD_TYPE, null,
                    "Sign-in refused while paused");
            throw new LockedException(LOCKED);
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            boolean nowLocked = throttle.recordFailure(username, address);
            audit.recordAs(username, AccountsAudit.SIGN_IN_FAILED, AccountsAudit.RECORD_TYPE, null,
                    "Wrong username or password");
            if (nowLocked) {
                audit.recordAs(username, AccountsAudit.ACCOUNT_LOCKED_OUT, AccountsAudit.RECORD_TYPE, null,
                        "Sign-in paused for " + throttle.duration().toMinutes() + " minutes after repeated failures");
                throw new LockedException(LOCKED);
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        SignedInUser user = (SignedInUser) result.getPrincipal();
        if (!user.isEnabled()) {
            audit.recordAs(username, AccountsAudit.SIGN_IN_REFUSED_DISABLED, AccountsAudit.RECORD_TYPE, user.id(),
                    "Account is disabled");
            throw new DisabledException(DISABLED);
        }
        throttle.clear(username);
        accounts.recordSignIn(user.id(), clock.instant());
        audit.recordAs(username, AccountsAudit.SIGN_IN, AccountsAudit.RECORD_TYPE, user.id(), "Signed in");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
