package org.hubline.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.hubline.accounts.TemporaryPassword;

/** Shows a temporary password once, for the admin to pass on by a safe route. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(TemporaryPassword password, boolean newUser) {
        setHeaderTitle(newUser ? "User created" : "Password reset");
        Span secret = new Span(password.password());
        secret.addClassName("hubline-secret");
        secret.setId("temporary-password");
        add(new Paragraph("Give " + password.username() + " this temporary password by phone or in person, "
                + "not by email. It is shown only once. They must choose their own password when they sign in."),
                secret);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("temporary-password-done");
        getFooter().add(done);
    }
}
