package org.hubline.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.hubline.shared.security.CurrentUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in. After a failure it says why in words that never reveal whether an account exists:
 * a wrong password and an unknown username read the same, and so does a paused sign-in.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Hubline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String DEFAULT_ERROR = "Incorrect username or password. Check them and try again.";

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private String shownError;

    public LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("hubline-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(DEFAULT_ERROR));
        add(new H1("Hubline"),
                new Paragraph("The council's community-hub helpline. Sign in with the account your administrator gave you."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            shownError = errorMessage();
            form.setI18n(i18n(shownError));
            form.setError(true);
        }
    }

    /** The failure message shown, if any (for tests). */
    String shownError() {
        return shownError;
    }

    private static String errorMessage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error instanceof LockedException || error instanceof DisabledException) {
            return ((RuntimeException) error).getMessage();
        }
        return DEFAULT_ERROR;
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("You have not been signed in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
