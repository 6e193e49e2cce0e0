package org.hubline.volunteers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.RecordForms;
import org.hubline.volunteers.Skill;
import org.hubline.volunteers.VolunteerRoster;

/** The list of volunteer skills coordinators choose from; retired skills stay on volunteers' records. */
@Route("admin/skills")
@PageTitle("Volunteer skills · Hubline")
@Menu(title = "Volunteer skills", order = 96, icon = "vaadin:tools")
@RolesAllowed(Roles.ADMIN)
public class SkillsView extends Div {

    private final VolunteerRoster roster;
    private final Grid<Skill> grid = new Grid<>(Skill.class, false);

    public SkillsView(VolunteerRoster roster) {
        this.roster = roster;
        grid.setId("skills");
        grid.setAriaLabel("Volunteer skills");
        grid.addColumn(Skill::name).setHeader("Skill").setAutoWidth(true);
        grid.addColumn(Skill::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(s -> s.active() ? "Offered" : "Retired").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button edit = new Button("Edit", e -> edit(s));
            edit.setAriaLabel("Edit " + s.name());
            return edit;
        }).setHeader("Change");
        Button add = new Button("Add a skill", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-skill");
        add(new H1("Volunteer skills"), new Paragraph("What coordinators can record that volunteers do. Task types "
                + "each need one of these skills."), add, grid);
        grid.setItems(roster.skills());
    }

    private void edit(Skill opened) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(opened == null ? "Add a skill" : "Edit " + opened.name());
        TextField code = new TextField("Code");
        code.setHelperText("Capital letters and underscores, e.g. SIGN_LANGUAGE");
        code.setEnabled(opened == null);
        code.setId("skill-code");
        TextField name = new TextField("Name");
        name.setId("skill-name");
        IntegerField order = new IntegerField("Position");
        Checkbox active = new Checkbox("Offered", true);
        Binder<Skill> form = new Binder<>(Skill.class);
        form.forField(code).bind("code");
        form.forField(name).bind("name");
        form.forField(order).withConverter(p -> p == null ? 100 : p, p -> p).bind("sortOrder");
        form.forField(active).bind("active");
        form.readRecord(opened == null ? new Skill("", "", 100, true) : opened);
        FormErrors errors = new FormErrors("skill-errors", "The skill was not saved").field("code", code)
                .field("name", name);
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> roster.saveSkill(RecordForms.written(form), opened == null))) {
                dialog.close();
                grid.setItems(roster.skills());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("skill-save");
        dialog.add(errors, code, name, order, active);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
