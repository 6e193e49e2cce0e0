package org.hubline.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.hubline.accounts.TemporaryPassword;
import org.hubline.accounts.UserAdministration;
import org.hubline.accounts.UserDetailsInput;
import org.hubline.intake.ui.CallsView;
import org.hubline.shared.security.Role;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page explains failures without revealing accounts; temporary passwords must be changed. */
@H2Test
class SignInViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    UserAdministration admin;

    private String loginErrorAfter(RuntimeException failure) {
        signedIn.nobody();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        LoginView view = (LoginView) getCurrentView();
        assertThat(find(LoginForm.class).single().isError()).isTrue();
        return view.shownError();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserReadTheSame() {
        assertThat(loginErrorAfter(new BadCredentialsException("anything")))
                .isEqualTo("Incorrect username or password. Check them and try again.");
    }

    @Test
    void aPausedSignInSaysSoAndForHowLong() {
        assertThat(loginErrorAfter(new LockedException("Sign-in is paused for this account for 15 minutes")))
                .contains("paused", "15 minutes");
    }

    @Test
    void aUserWithATemporaryPasswordMustChangeItBeforeOpeningAnything() {
        signedIn.as("admin");
        String username = "temp." + UUID.randomUUID().toString().substring(0, 6);
        TemporaryPassword temporary = admin.create(new UserDetailsInput(username, "Tempo Rary", null,
                Set.of(Role.CALL_HANDLER), Set.of(), null));

        signedIn.as(username);
        UI.getCurrent().navigate("calls");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        test(find(PasswordField.class).id("current-password")).setValue(temporary.password());
        test(find(PasswordField.class).id("new-password")).setValue("short");
        test(find(PasswordField.class).id("repeated-password")).setValue("short");
        test(find(Button.class).id("change-password")).click();
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage()).contains("12 characters");

        test(find(PasswordField.class).id("new-password")).setValue("amber tortoise lighthouse");
        test(find(PasswordField.class).id("repeated-password")).setValue("amber tortoise lighthouse");
        test(find(Button.class).id("change-password")).click();
        assertThat(getCurrentView()).isInstanceOf(CallsView.class);
    }
}
