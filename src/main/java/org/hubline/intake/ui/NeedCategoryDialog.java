package org.hubline.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.NeedCategory;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.shared.ui.FormErrors;

/**
 * Adds a need category or renames, reorders or retires one. A retired category is no longer
 * offered to handlers; its needs, and the figures counted under it, keep its name.
 */
class NeedCategoryDialog extends Dialog {

    NeedCategoryDialog(NeedTaxonomy taxonomy, NeedCategory opened, Runnable onSaved) {
        boolean isNew = opened == null;
        setHeaderTitle(isNew ? "Add a need category" : "Edit the category " + opened.name());
        TextField code = new TextField("Code (capital letters, never changes)");
        code.setId("need-category-code");
        code.setEnabled(isNew);
        TextField name = new TextField("Name");
        name.setId("need-category-name");
        Checkbox asks = new Checkbox("Asks when it is needed (today, tomorrow, this week)");
        asks.setId("need-category-asks");
        IntegerField order = new IntegerField("Position in the list");
        order.setId("need-category-order");
        Checkbox active = new Checkbox("Offered to handlers", true);
        active.setId("need-category-active");
        if (!isNew) {
            code.setValue(opened.code());
            name.setValue(opened.name());
            asks.setValue(opened.asksWhenNeeded());
            order.setValue(opened.sortOrder());
            active.setValue(opened.active());
        } else {
            order.setValue(100);
        }
        FormErrors errors = new FormErrors("need-category-errors", "The category was not saved")
                .field("code", code).field("name", name).field("sortOrder", order);
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> taxonomy.saveCategory(new NeedCategory(code.getValue(), name.getValue(),
                    asks.getValue(), order.getValue() == null ? 100 : order.getValue(), active.getValue(),
                    isNew ? 0 : opened.version()), isNew))) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("need-category-save");
        add(errors, code, name, asks, order, active, new Paragraph("Retiring a category stops handlers choosing its "
                + "needs; the needs already recorded and the figures counted under it keep its name."));
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("32rem");
        setMaxWidth("100%");
    }
}
