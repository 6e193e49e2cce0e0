package org.hubline.places.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.HubDetails;
import org.hubline.places.PlacesAdministration;
import org.hubline.shared.validation.InvalidInputException;

/** Create or edit a hub; a refused save keeps what was typed and marks the fields. */
class HubDialog extends Dialog {

    private final TextField code = new TextField("Short code");
    private final TextField name = new TextField("Name");
    private final TextField description = new TextField("Description");
    private final TextField phone = new TextField("Phone");
    private final TextField address = new TextField("Address");
    private final Checkbox active = new Checkbox("Active", true);

    HubDialog(PlacesAdministration admin, HubDetails hub, Runnable onSaved) {
        setHeaderTitle(hub == null ? "New hub" : "Edit " + hub.name());
        if (hub != null) {
            code.setValue(hub.code());
            name.setValue(hub.name());
            description.setValue(hub.description() == null ? "" : hub.description());
            phone.setValue(hub.phone() == null ? "" : hub.phone());
            address.setValue(hub.address() == null ? "" : hub.address());
            active.setValue(hub.active());
        }
        add(new FormLayout(code, name, description, phone, address, active));
        Button save = new Button("Save", e -> {
            for (HasValidation f : new HasValidation[] {code, name}) {
                f.setInvalid(false);
            }
            try {
                admin.saveHub(new HubDetails(hub == null ? null : hub.id(), code.getValue(), name.getValue(),
                        description.getValue(), phone.getValue(), address.getValue(), active.getValue()));
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                mark(code, ex.fieldErrors().get("code"));
                mark(name, ex.fieldErrors().get("name"));
                WardsAndHubsView.showErrors(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    static void mark(HasValidation field, String message) {
        if (message != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
