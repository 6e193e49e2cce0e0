package org.hubline.accounts.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.accounts.ManagedUser;
import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.TemporaryPassword;
import org.hubline.accounts.UserAdministration;
import org.hubline.accounts.UserDetailsInput;
import org.hubline.places.Hub;
import org.hubline.shared.security.Role;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;

/**
 * Create or edit one user. A refused save keeps everything typed and shows each problem next
 * to its field; a stale edit says what someone else changed.
 */
class UserFormDialog extends Dialog {

    private final UserAdministration admin;
    private ManagedUser opened;
    private final Runnable onSaved;

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>("Roles");
    private final MultiSelectComboBox<Hub> hubs = new MultiSelectComboBox<>("Hubs");
    private final ComboBox<PartnerOrganisationRef> partner = new ComboBox<>("Partner organisation");
    private final FormErrors errors = new FormErrors("user-errors", "The user was not saved");
    private final List<Hub> hubOptions;
    private final List<PartnerOrganisationRef> partnerOptions;

    UserFormDialog(UserAdministration admin, ManagedUser opened, Runnable onSaved) {
        this.admin = admin;
        this.opened = opened;
        this.onSaved = onSaved;
        setHeaderTitle(opened == null ? "New user" : "Edit " + opened.displayName());
        setWidth("min(40rem, 95vw)");

        hubOptions = admin.hubOptions();
        partnerOptions = admin.partnerOptions();
        choices();
        FormLayout form = new FormLayout(username, displayName, email, roles, hubs, partner);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(errors, form);

        if (opened != null) {
            fill(opened);
        }
        footer();
    }

    /** Save and cancel; for an existing user, reset their password and disable or enable them too. */
    private void footer() {
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("user-save");
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        if (opened != null) {
            Button reset = new Button("Reset password", e -> resetPassword());
            reset.setId("user-reset-password");
            Button toggle = new Button(opened.enabled() ? "Disable" : "Enable", e -> {
                if (opened.enabled()) {
                    confirmDisable();
                } else {
                    toggleEnabled();
                }
            });
            toggle.addThemeVariants(opened.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            toggle.setId("user-toggle-enabled");
            getFooter().addComponentAsFirst(toggle);
            getFooter().addComponentAtIndex(1, reset);
        }
    }

    private void choices() {
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        hubs.setItems(hubOptions);
        hubs.setItemLabelGenerator(Hub::name);
        hubs.setHelperText("Coordinators need at least one. Data is scoped to these hubs.");
        partner.setItems(partnerOptions);
        partner.setItemLabelGenerator(PartnerOrganisationRef::name);
        partner.setClearButtonVisible(true);
        partner.setHelperText("Partner users only: the organisation whose referrals they see.");
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        roles.setRequiredIndicatorVisible(true);
        username.setId("user-username");
        displayName.setId("user-display-name");
        email.setId("user-email");
        roles.setId("user-roles");
        hubs.setId("user-hubs");
        partner.setId("user-partner");
        errors.field("username", username).field("displayName", displayName).field("email", email)
                .field("roles", roles).field("hubIds", hubs).field("partnerOrganisationId", partner);
    }

    /** A new user for this partner organisation: the partner role and the organisation chosen already. */
    void forPartner(PartnerOrganisationRef organisation) {
        roles.setValue(Set.of(Role.PARTNER));
        partnerOptions.stream().filter(p -> p.id() == organisation.id()).findFirst().ifPresent(partner::setValue);
    }

    private void fill(ManagedUser user) {
        username.setValue(user.username());
        username.setReadOnly(true);
        displayName.setValue(user.displayName());
        email.setValue(user.email() == null ? "" : user.email());
        roles.setValue(user.roles());
        hubs.setValue(hubOptions.stream().filter(h -> user.hubIds().contains(h.id()))
                .collect(Collectors.toSet()));
        partner.setValue(user.partnerOrganisationId() == null ? null
                : partnerOptions.stream().filter(p -> p.id() == user.partnerOrganisationId()).findFirst()
                        .orElse(null));
    }

    private UserDetailsInput input() {
        Set<Long> hubIds = hubs.getValue().stream().map(Hub::id).collect(Collectors.toCollection(HashSet::new));
        return new UserDetailsInput(username.getValue(), displayName.getValue(), email.getValue(),
                roles.getValue(), hubIds, partner.getValue() == null ? null : partner.getValue().id());
    }

    private void save() {
        clearErrors();
        try {
            if (opened == null) {
                TemporaryPassword password = admin.create(input());
                close();
                onSaved.run();
                new TemporaryPasswordDialog(password, true).open();
            } else {
                admin.update(opened, input());
                close();
                onSaved.run();
                Notification.show("Saved " + displayName.getValue() + ".");
            }
        } catch (InvalidInputException e) {
            errors.show(e.fieldErrors());
        } catch (StaleEditException e) {
            errors.show(e.getMessage());
        }
    }

    private void resetPassword() {
        TemporaryPassword password = admin.resetPassword(opened.id());
        close();
        onSaved.run();
        new TemporaryPasswordDialog(password, false).open();
    }

    /** Disabling stops the user signing in until an admin enables them again, so it asks first. */
    private void confirmDisable() {
        ConfirmDialog confirm = new ConfirmDialog("Disable " + opened.displayName() + "?", opened.displayName()
                + " will not be able to sign in until an admin enables them again. Their records and history stay.",
                "Disable", yes -> toggleEnabled());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("disable-confirm");
        confirm.open();
    }

    private void toggleEnabled() {
        try {
            if (opened.enabled()) {
                admin.disable(opened.id());
            } else {
                admin.enable(opened.id());
            }
            close();
            onSaved.run();
            Notification.show((opened.enabled() ? "Disabled " : "Enabled ") + opened.displayName() + ".");
        } catch (InvalidInputException e) {
            errors.show(String.join(" ", e.fieldErrors().values()));
        }
    }

    private void clearErrors() {
        errors.clear();
    }
}
