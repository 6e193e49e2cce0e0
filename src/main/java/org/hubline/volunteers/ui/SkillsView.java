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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
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
        TextField name = new TextField("Name");
        IntegerField order = new IntegerField("Position");
        Checkbox active = new Checkbox("Offered", true);
        if (opened != null) {
            code.setValue(opened.code());
            name.setValue(opened.name());
            order.setValue(opened.sortOrder());
            active.setValue(opened.active());
        } else {
            order.setValue(100);
        }
        Button save = new Button("Save", e -> {
            try {
                roster.saveSkill(new Skill(code.getValue(), name.getValue(), order.getValue() == null ? 100
                        : order.getValue(), active.getValue()), opened == null);
                dialog.close();
                grid.setItems(roster.skills());
            } catch (InvalidInputException ex) {
                TextField field = ex.fieldErrors().containsKey("code") ? code : name;
                field.setErrorMessage(ex.fieldErrors().values().iterator().next());
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(code, name, order, active);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
