package org.hubline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.hubline.audit.AuditEntry;
import org.hubline.audit.AuditFilter;
import org.hubline.audit.AuditTrail;
import org.hubline.places.Hub;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Accounts against a real database: user administration, password changes, throttled sign-in
 * and the refusals around them. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AccountsIntegrationTests {

    @Autowired
    UserAdministration admin;
    @Autowired
    PasswordChange passwordChange;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    ThrottlingAuthenticationProvider signIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    MutableClock clock;
    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void signInAsAdmin() {
        clock.reset();
        signedIn.as("admin");
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
        clock.reset();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private UserDetailsInput handler(String username) {
        return new UserDetailsInput(username, "Test Handler", username + "@example.org", Set.of(Role.CALL_HANDLER),
                Set.of(), null);
    }

    private Authentication attempt(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void adminCreatesAUserWhoMustChangeTheTemporaryPasswordAtFirstSignIn() {
        String username = unique("new.handler");
        TemporaryPassword temporary = admin.create(handler(username));

        signedIn.nobody();
        Authentication auth = attempt(username, temporary.password());
        SignedInUser user = (SignedInUser) auth.getPrincipal();
        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.roles()).containsExactly(Role.CALL_HANDLER);

        signedIn.as(username);
        assertThat(passwordChange.required()).isTrue();
        passwordChange.change(temporary.password(), "violet lantern meadow", "violet lantern meadow");
        assertThat(passwordChange.required()).isFalse();
        signedIn.nobody();
        assertThat(((SignedInUser) attempt(username, "violet lantern meadow").getPrincipal()).mustChangePassword())
                .isFalse();
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheReason() {
        String username = unique("weak");
        TemporaryPassword temporary = admin.create(handler(username));
        signedIn.as(username);
        assertThatThrownBy(() -> passwordChange.change(temporary.password(), "password1234", "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("newPassword")).contains("common"));
        assertThatThrownBy(() -> passwordChange.change(temporary.password(), "short", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("newPassword")).contains("12 characters"));
        assertThatThrownBy(() -> passwordChange.change("not-my-password", "violet lantern meadow",
                "violet lantern meadow")).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("currentPassword"));
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> admin.create(handler("ADMIN")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("username", "That username is already taken"));
    }

    @Test
    void aCoordinatorNeedsAHubAndAPartnerUserNeedsAnOrganisation() {
        var coordinator = new UserDetailsInput(unique("coord"), "Coordinator", null, Set.of(Role.HUB_COORDINATOR),
                Set.of(), null);
        assertThatThrownBy(() -> admin.create(coordinator)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("hubIds"));
        var partner = new UserDetailsInput(unique("partner"), "Partner", null, Set.of(Role.PARTNER), Set.of(), null);
        assertThatThrownBy(() -> admin.create(partner)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("partnerOrganisationId"));
        var nothing = new UserDetailsInput("", "", "not-an-email", Set.of(), Set.of(), null);
        assertThatThrownBy(() -> admin.create(nothing)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("username", "displayName", "email", "roles"));
    }

    @Test
    void adminGivesACoordinatorHubsAndTheyArriveInTheirSignedInScope() {
        Hub north = admin.hubOptions().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow();
        String username = unique("coord");
        TemporaryPassword temporary = admin.create(new UserDetailsInput(username, "Cora Ordinator", null,
                Set.of(Role.HUB_COORDINATOR), Set.of(north.id()), null));
        SignedInUser user = users.loadUserByUsername(username);
        assertThat(user.hubs()).extracting(h -> h.name()).containsExactly("North Hub");
        assertThat(temporary.username()).isEqualTo(username);
    }

    @Test
    void aStaleEditIsRefusedAndSaysWhatChanged() {
        String username = unique("stale");
        long id = admin.create(handler(username)).userId();
        ManagedUser openedByMe = admin.get(id);
        ManagedUser openedByColleague = admin.get(id);
        admin.update(openedByColleague, new UserDetailsInput(username, "Renamed By Colleague", null,
                Set.of(Role.CALL_HANDLER), Set.of(), null));

        assertThatThrownBy(() -> admin.update(openedByMe, new UserDetailsInput(username, "My Name", null,
                Set.of(Role.CALL_HANDLER, Role.STRATEGIC_DIRECTOR), Set.of(), null)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("they changed name, email")
                .hasMessageContaining("not saved");
        assertThat(admin.get(id).displayName()).isEqualTo("Renamed By Colleague");
    }

    @Test
    void aCallHandlerCannotReachUserAdministration() {
        signedIn.as("handler");
        assertThatThrownBy(() -> admin.create(handler(unique("sneaky")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.find("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.find("", 1L, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.count("", 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.search(AuditFilter.any(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInCannotReachUserAdministration() {
        signedIn.nobody();
        assertThatThrownBy(() -> admin.count("")).isInstanceOf(Exception.class)
                .satisfies(e -> assertThat(e.getClass().getSimpleName()).containsAnyOf("AccessDenied",
                        "AuthenticationCredentialsNotFound"));
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemoted() {
        long self = users.loadUserByUsername("admin").id();
        assertThatThrownBy(() -> admin.disable(self)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("your own account");
        ManagedUser me = admin.get(self);
        assertThatThrownBy(() -> admin.update(me, new UserDetailsInput("admin", me.displayName(), me.email(),
                Set.of(Role.CALL_HANDLER), Set.of(), null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void userAdministrationIsAudited() {
        String username = unique("audited");
        long id = admin.create(handler(username)).userId();
        admin.disable(id);
        admin.enable(id);
        admin.resetPassword(id);
        var entries = audit.search(new AuditFilter("admin", null, "USER_ACCOUNT", String.valueOf(id), null, null),
                0, 20);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("PASSWORD_RESET", "USER_ENABLED", "USER_DISABLED", "USER_CREATED");
    }

    @Test
    void userListPagesAndFindsByNameOrUsername() {
        String username = unique("findme");
        admin.create(new UserDetailsInput(username, "Zebedee Findable", null, Set.of(Role.CALL_HANDLER), Set.of(),
                null));
        assertThat(admin.find("zebedee", 0, 10)).extracting(UserSummary::username).contains(username);
        assertThat(admin.find(username.toUpperCase(), 0, 10)).hasSize(1);
        assertThat(admin.count("")).isGreaterThanOrEqualTo(7);
        assertThat(admin.find("", 0, 3)).hasSize(3);
        assertThat(admin.find("%", 0, 10)).isEmpty();
    }

    @Test
    void fiveWrongPasswordsPauseSignInForFifteenMinutes() {
        String username = unique("locked");
        TemporaryPassword temporary = admin.create(handler(username));
        signedIn.nobody();
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong password!")).isInstanceOf(BadCredentialsException.class)
                    .hasMessage(ThrottlingAuthenticationProvider.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> attempt(username, "wrong password!")).isInstanceOf(LockedException.class);
        // The sixth attempt is refused even with the right password.
        assertThatThrownBy(() -> attempt(username, temporary.password())).isInstanceOf(LockedException.class)
                .hasMessage(ThrottlingAuthenticationProvider.LOCKED);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> attempt(username, temporary.password())).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(attempt(username, temporary.password()).isAuthenticated()).isTrue();

        signedIn.as("admin");
        assertThat(audit.search(new AuditFilter(username, "ACCOUNT_LOCKED_OUT", null, null, null, null), 0, 5))
                .hasSize(1);
    }

    private Authentication attemptFrom(String address, String username, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }

    @Test
    void someoneGuessingAColleaguesPasswordFromElsewherePausesOnlyThemselves() {
        String username = unique("targeted");
        TemporaryPassword temporary = admin.create(handler(username));
        signedIn.nobody();
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> attemptFrom("198.51.100.7", username, "wrong password!"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attemptFrom("198.51.100.7", username, "wrong password!"))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> attemptFrom("198.51.100.7", username, temporary.password()))
                .isInstanceOf(LockedException.class);
        assertThat(attemptFrom("203.0.113.5", username, temporary.password()).isAuthenticated()).isTrue();
    }

    @Test
    void onePasswordTriedAgainstManyUsernamesFromOneAddressIsPaused() {
        String username = unique("sprayed");
        TemporaryPassword temporary = admin.create(handler(username));
        signedIn.nobody();
        String address = "198.51.100.99";
        for (int i = 1; i <= 19; i++) {
            String guess = unique("spray" + i);
            assertThatThrownBy(() -> attemptFrom(address, guess, "Winter2026!Winter"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attemptFrom(address, unique("spray20"), "Winter2026!Winter"))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> attemptFrom(address, username, temporary.password()))
                .isInstanceOf(LockedException.class).hasMessage(ThrottlingAuthenticationProvider.LOCKED);
        assertThat(attemptFrom("203.0.113.6", username, temporary.password()).isAuthenticated()).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(attemptFrom(address, username, temporary.password()).isAuthenticated()).isTrue();
    }

    @Test
    void guessingOneUsernameFromManyAddressesIsPausedEverywhere() {
        String username = unique("distributed");
        TemporaryPassword temporary = admin.create(handler(username));
        signedIn.nobody();
        for (int i = 1; i <= 49; i++) {
            String address = "192.0.2." + i;
            assertThatThrownBy(() -> attemptFrom(address, username, "wrong password!"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attemptFrom("192.0.2.50", username, "wrong password!"))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> attemptFrom("203.0.113.7", username, temporary.password()))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void anUnknownUsernameGetsExactlyTheSameMessagesAsAWrongPassword() {
        String nobody = unique("nosuchuser");
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> attempt(nobody, "wrong password!")).isInstanceOf(BadCredentialsException.class)
                    .hasMessage(ThrottlingAuthenticationProvider.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> attempt(nobody, "wrong password!")).isInstanceOf(LockedException.class)
                .hasMessage(ThrottlingAuthenticationProvider.LOCKED);
        assertThatThrownBy(() -> attempt(nobody, "wrong password!")).isInstanceOf(LockedException.class)
                .hasMessage(ThrottlingAuthenticationProvider.LOCKED);
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        String username = unique("slow");
        TemporaryPassword temporary = admin.create(handler(username));
        for (int i = 1; i <= 8; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong password!")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(attempt(username, temporary.password()).isAuthenticated()).isTrue();
    }

    @Test
    void aResetLiftsThePauseAndADisabledAccountIsOnlyRevealedWithTheRightPassword() {
        String username = unique("reset");
        long id = admin.create(handler(username)).userId();
        for (int i = 1; i <= 5; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong password!")).isInstanceOf(
                    AuthenticationException.class);
        }
        TemporaryPassword fresh = admin.resetPassword(id);
        assertThat(attempt(username, fresh.password()).isAuthenticated()).isTrue();

        admin.disable(id);
        assertThatThrownBy(() -> attempt(username, "wrong password!")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(username, fresh.password())).isInstanceOf(DisabledException.class);
    }
}
