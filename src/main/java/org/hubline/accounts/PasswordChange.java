package org.hubline.accounts;

import java.time.Clock;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.security.SignedInUser;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user changes their own password (required after a reset or a new account). */
@Service
@Transactional
public class PasswordChange {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;

    PasswordChange(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AuditTrail audit, Clock clock, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user must choose a new password before doing anything else. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean required() {
        return currentUser.get().map(SignedInUser::mustChangePassword).orElse(false);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void change(String currentPassword, String newPassword, String repeated) {
        SignedInUser user = currentUser.require();
        UserAccount account = accounts.findByUsername(user.getUsername())
                .orElseThrow(() -> InvalidInputException.of("currentPassword", "Your account no longer exists"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "That is not your current password");
        }
        PasswordPolicy.problem(newPassword, account.username())
                .ifPresent(p -> { throw InvalidInputException.of("newPassword", p); });
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw InvalidInputException.of("newPassword", "Choose a password different from your current one");
        }
        if (!newPassword.equals(repeated)) {
            throw InvalidInputException.of("repeatedPassword", "The two new passwords do not match");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false, clock.instant());
        account = accounts.save(account);
        audit.record(AccountsAudit.PASSWORD_CHANGED, AccountsAudit.RECORD_TYPE, account.id(),
                "Changed own password");
        // The session's principal no longer needs a change, and follows the account's new version:
        // update it in place, so this session goes on (the user's other sessions end).
        SignedInUser updated = user.withPasswordChanged(account.version());
        securityContext.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
    }
}
