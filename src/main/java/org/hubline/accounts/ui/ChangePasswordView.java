package org.hubline.accounts.ui;


import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.hubline.accounts.PasswordChange;
import org.hubline.shared.ui.FormErrors;

/** Change your own password; new and reset accounts are sent here until they do. */
@Route("account/password")
@PageTitle("Change password · Hubline")
@Menu(title = "Change password", order = 100, icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("New password again");
    private final FormErrors errors = new FormErrors("password-errors", "Your password was not changed")
            .field("currentPassword", current).field("newPassword", newPassword).field("repeatedPassword", repeated);

    public ChangePasswordView(PasswordChange passwordChange) {
        add(new H1("Change your password"));
        if (passwordChange.required()) {
            add(new Paragraph("You must choose a new password before you continue."));
        }
        newPassword.setHelperText("At least 12 characters. Not your username, and not a common password. "
                + "A few unrelated words make a good one.");
        for (PasswordField f : new PasswordField[] {current, newPassword, repeated}) {
            f.setRequiredIndicatorVisible(true);
            f.setAutocomplete(f == current ? Autocomplete.CURRENT_PASSWORD
                    : Autocomplete.NEW_PASSWORD);
        }
        current.setId("current-password");
        newPassword.setId("new-password");
        repeated.setId("repeated-password");
        Button save = new Button("Change password", e -> save(passwordChange));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("change-password");
        FormLayout form = new FormLayout(current, newPassword, repeated);
        form.setMaxWidth("30rem");
        add(errors, form, save);
    }

    private void save(PasswordChange passwordChange) {
        if (errors.attempt(() -> passwordChange.change(current.getValue(), newPassword.getValue(),
                repeated.getValue()))) {
            Notification.show("Your password has been changed.");
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }
}
