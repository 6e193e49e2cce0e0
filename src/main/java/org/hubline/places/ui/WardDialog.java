package org.hubline.places.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.hubline.places.PlacesAdministration;
import org.hubline.places.Ward;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.RecordForms;

/** Add or edit a ward; a refused save keeps what was typed and marks the fields. */
class WardDialog extends Dialog {

    private final TextField code = new TextField("ONS code");
    private final TextField name = new TextField("Name");
    private final TextField borough = new TextField("Borough");
    private final TextField localAuthority = new TextField("Local authority code");
    private final IntegerField population = new IntegerField("Population");
    private final Checkbox active = new Checkbox("Active", true);
    private final Binder<Ward> binder = new Binder<>(Ward.class);
    private final FormErrors errors = new FormErrors("ward-errors", "The ward was not saved")
            .field("code", code).field("name", name).field("borough", borough).field("population", population);

    /** {@code town}: the borough a new ward is in, from the council's settings ("" if not set). */
    WardDialog(PlacesAdministration admin, Ward ward, String town, Runnable onSaved) {
        setHeaderTitle(ward == null ? "New ward" : "Edit " + ward.name());
        code.setId("ward-code");
        name.setId("ward-name");
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(borough).bind("borough");
        binder.forField(localAuthority).bind("localAuthorityCode");
        // an empty population reaches the service as -1, which it refuses with its own message
        binder.forField(population).withConverter(p -> p == null ? -1 : p, p -> p == null || p < 0 ? null : p)
                .bind("population");
        binder.forField(active).bind("active");
        binder.readRecord(ward == null ? new Ward("", "", town == null ? "" : town, "", -1, true) : ward);
        code.setReadOnly(ward != null);
        add(errors, new FormLayout(code, name, borough, localAuthority, population, active));
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> admin.saveWard(RecordForms.written(binder), ward == null))) {
                close();
                onSaved.run();
            }
        });
        save.setId("ward-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
