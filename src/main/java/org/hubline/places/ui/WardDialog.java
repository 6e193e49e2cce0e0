package org.hubline.places.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.PlacesAdministration;
import org.hubline.places.Ward;
import org.hubline.shared.validation.InvalidInputException;

/** Add or edit a ward; a refused save keeps what was typed and marks the fields. */
class WardDialog extends Dialog {

    private final TextField code = new TextField("ONS code");
    private final TextField name = new TextField("Name");
    private final TextField borough = new TextField("Borough");
    private final TextField localAuthority = new TextField("Local authority code");
    private final IntegerField population = new IntegerField("Population");
    private final Checkbox active = new Checkbox("Active", true);

    WardDialog(PlacesAdministration admin, Ward ward, Runnable onSaved) {
        setHeaderTitle(ward == null ? "New ward" : "Edit " + ward.name());
        if (ward != null) {
            code.setValue(ward.code());
            code.setReadOnly(true);
            name.setValue(ward.name());
            borough.setValue(ward.borough());
            localAuthority.setValue(ward.localAuthorityCode() == null ? "" : ward.localAuthorityCode());
            population.setValue(ward.population());
            active.setValue(ward.active());
        }
        add(new FormLayout(code, name, borough, localAuthority, population, active));
        Button save = new Button("Save", e -> {
            for (HasValidation f : new HasValidation[] {code, name, borough, population}) {
                f.setInvalid(false);
            }
            try {
                admin.saveWard(new Ward(code.getValue(), name.getValue(), borough.getValue(),
                        localAuthority.getValue(), population.getValue() == null ? -1 : population.getValue(),
                        active.getValue()), ward == null);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                HubDialog.mark(code, ex.fieldErrors().get("code"));
                HubDialog.mark(name, ex.fieldErrors().get("name"));
                HubDialog.mark(borough, ex.fieldErrors().get("borough"));
                HubDialog.mark(population, ex.fieldErrors().get("population"));
                WardsAndHubsView.showErrors(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
