package org.hubline.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.NeedCategory;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedType;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;

/**
 * The needs taxonomy, edited without code: add or rename needs, say which are urgent (triage
 * counts them), retire ones no longer offered. Retired needs stay on past requests.
 */
@Route("admin/needs")
@PageTitle("Needs taxonomy · Hubline")
@Menu(title = "Needs taxonomy", order = 95, icon = "vaadin:list")
@RolesAllowed(Roles.ADMIN)
public class NeedTaxonomyView extends Div {

    private final NeedTaxonomy taxonomy;
    private final Grid<NeedType> grid = new Grid<>(NeedType.class, false);
    private final Grid<NeedCategory> categories = new Grid<>(NeedCategory.class, false);

    public NeedTaxonomyView(NeedTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        grid.setId("need-types");
        grid.setAriaLabel("Needs");
        grid.addColumn(NeedType::categoryName).setHeader("Category").setAutoWidth(true);
        grid.addColumn(NeedType::name).setHeader("Need").setAutoWidth(true);
        grid.addColumn(t -> t.urgent() ? "Urgent" : "").setHeader("Triage").setAutoWidth(true);
        grid.addColumn(t -> t.asksWhenNeeded() ? "Asks when needed" : "").setHeader("When needed").setAutoWidth(true);
        grid.addColumn(t -> t.active() ? "Offered" : "Retired").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button edit = new Button("Edit", e -> edit(t));
            edit.setAriaLabel("Edit " + t.label());
            return edit;
        }).setHeader("Change");
        Button add = new Button("Add a need", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-need-type");
        categories.setId("need-categories");
        categories.setAriaLabel("Need categories");
        categories.addColumn(NeedCategory::name).setHeader("Category").setAutoWidth(true);
        categories.addColumn(NeedCategory::code).setHeader("Code").setAutoWidth(true);
        categories.addColumn(c -> c.asksWhenNeeded() ? "Asks when needed" : "").setHeader("When needed")
                .setAutoWidth(true);
        categories.addColumn(c -> c.active() ? "Offered" : "Retired").setHeader("Status").setAutoWidth(true);
        categories.addComponentColumn(c -> {
            Button edit = new Button("Edit", e -> new NeedCategoryDialog(taxonomy, c, this::refresh).open());
            edit.setAriaLabel("Edit the category " + c.name());
            edit.setId("edit-need-category-" + c.code());
            return edit;
        }).setHeader("Change");
        categories.setAllRowsVisible(true);
        Button addCategory = new Button("Add a category", e -> new NeedCategoryDialog(taxonomy, null, this::refresh)
                .open());
        addCategory.setId("add-need-category");
        add(new H1("Needs taxonomy"), new Paragraph("What handlers can record as a resident's needs. Urgent needs "
                + "raise the priority; categories that ask when they are needed (such as medicines) ask the "
                + "handler for today, tomorrow or this week."), new H2("Needs"), add, grid, new H2("Categories"),
                addCategory, categories);
        refresh();
    }

    private void refresh() {
        grid.setItems(taxonomy.allTypes());
        categories.setItems(taxonomy.categories());
    }

    private void edit(NeedType opened) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(opened == null ? "Add a need" : "Edit " + opened.name());
        Select<NeedCategory> category = new Select<>();
        category.setLabel("Category");
        category.setItems(taxonomy.categories());
        category.setItemLabelGenerator(NeedCategory::name);
        category.setId("need-type-category");
        TextField name = new TextField("Name");
        name.setId("need-type-name");
        Checkbox urgent = new Checkbox("Urgent (raises the priority)");
        IntegerField order = new IntegerField("Position in its category");
        Checkbox active = new Checkbox("Offered to handlers", true);
        if (opened != null) {
            taxonomy.categories().stream().filter(c -> c.code().equals(opened.categoryCode())).findFirst()
                    .ifPresent(category::setValue);
            name.setValue(opened.name());
            urgent.setValue(opened.urgent());
            order.setValue(opened.sortOrder());
            active.setValue(opened.active());
        } else {
            order.setValue(100);
        }
        FormErrors errors = new FormErrors("need-type-errors", "The need was not saved").field("category", category)
                .field("name", name).field("sortOrder", order);
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> taxonomy.saveType(new NeedType(opened == null ? null : opened.id(),
                    category.getValue() == null ? null : category.getValue().code(), null, name.getValue(),
                    urgent.getValue(), false, order.getValue() == null ? 100 : order.getValue(), active.getValue(),
                    opened == null ? 0 : opened.version())))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("need-type-save");
        dialog.add(errors, category, name, urgent, order, active);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
