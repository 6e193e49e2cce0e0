package org.hubline.places.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.HubDetails;
import org.hubline.places.PlacesAdministration;
import org.hubline.shared.ui.FormErrors;

/** Create or edit a hub; a refused save keeps what was typed and marks the fields. */
class HubDialog extends Dialog {

    private final TextField code = new TextField("Short code");
    private final TextField name = new TextField("Name");
    private final TextField description = new TextField("Description");
    private final TextField phone = new TextField("Phone");
    private final TextField address = new TextField("Address");
    private final Checkbox active = new Checkbox("Active", true);
    private final FormErrors errors = new FormErrors("hub-errors", "The hub was not saved")
            .field("code", code).field("name", name);

    HubDialog(PlacesAdministration admin, HubDetails hub, Runnable onSaved) {
        setHeaderTitle(hub == null ? "New hub" : "Edit " + hub.name());
        code.setId("hub-code");
        name.setId("hub-name");
        if (hub != null) {
            code.setValue(hub.code());
            name.setValue(hub.name());
            description.setValue(Objects.toString(hub.description(), ""));
            phone.setValue(Objects.toString(hub.phone(), ""));
            address.setValue(Objects.toString(hub.address(), ""));
            active.setValue(hub.active());
        }
        add(errors, new FormLayout(code, name, description, phone, address, active));
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> admin.saveHub(new HubDetails(hub == null ? null : hub.id(), code.getValue(),
                    name.getValue(), description.getValue(), phone.getValue(), address.getValue(),
                    active.getValue())))) {
                close();
                onSaved.run();
            }
        });
        save.setId("hub-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
