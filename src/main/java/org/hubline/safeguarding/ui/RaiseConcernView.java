package org.hubline.safeguarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.safeguarding.ConcernCategory;
import org.hubline.safeguarding.Safeguarding;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.QueryIds;
import org.hubline.shared.ui.Room;
import org.springframework.security.access.AccessDeniedException;

/**
 * A handler or coordinator raises a safeguarding concern about a resident (from their page, or
 * during a call): about an adult or a child, the kind of harm, what was seen or said, and whether
 * they are in immediate danger, in which case the screen says to call 999 first.
 */
@Route("safeguarding/new")
@PageTitle("Raise a safeguarding concern · Hubline")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class RaiseConcernView extends Div implements BeforeEnterObserver {

    private final Safeguarding safeguarding;

    public RaiseConcernView(Safeguarding safeguarding) {
        this.safeguarding = safeguarding;
        addClassName("hubline-raise-concern");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryIds.of(event, "resident").ifPresentOrElse(this::form, () -> add(new H1("Raise a safeguarding concern"),
                new Paragraph("Raise a concern from the resident's page.")));
    }

    private void form(long residentId) {
        RadioButtonGroup<ConcernCategory.Person> about = new RadioButtonGroup<>("Who is at risk");
        about.setItems(ConcernCategory.Person.values());
        about.setItemLabelGenerator(ConcernCategory.Person::label);
        about.setId("concern-about");
        Select<ConcernCategory> category = new Select<>();
        category.setLabel("What kind of harm");
        category.setItemLabelGenerator(ConcernCategory::label);
        category.setId("concern-category");
        category.setWidth("24rem");
        category.setMaxWidth("100%");
        about.addValueChangeListener(e -> category.setItems(ConcernCategory.about(e.getValue())));
        about.setValue(ConcernCategory.Person.ADULT);
        TextArea what = new TextArea("What was seen or said (in their words if you can)");
        what.setId("concern-what");
        what.setWidthFull();
        Room.limit(what, 4000);
        Checkbox danger = new Checkbox("They are in immediate danger");
        danger.setId("concern-danger");
        Paragraph call999 = new Paragraph("Call 999 first if they are in immediate danger, then raise the concern "
                + "here so the safeguarding lead can follow it up.");
        call999.setId("concern-call-999");
        call999.addClassName("hubline-warning");
        call999.getElement().setAttribute("role", "alert");
        call999.setVisible(false);
        danger.addValueChangeListener(e -> call999.setVisible(e.getValue()));
        FormErrors errors = new FormErrors("concern-errors", "The concern was not raised")
                .field("category", category).field("whatHappened", what);
        Button raise = new Button("Raise the concern", e -> {
            try {
                errors.saved(() -> safeguarding.raise(residentId, category.getValue(), what.getValue(),
                        danger.getValue())).ifPresent(raised -> {
                            removeAll();
                            add(new H1("Concern " + raised.reference() + " raised"), new Paragraph(
                                    "The safeguarding lead has it in their queue and the council's safeguarding "
                                    + "inbox has been told."), new Anchor("residents/" + residentId,
                                            "Back to " + raised.residentName()));
                        });
            } catch (AccessDeniedException ex) {
                errors.show("You cannot raise a concern about a resident of a hub you do not work for.");
            }
        });
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.setId("concern-raise");
        add(new H1("Raise a safeguarding concern"), new Paragraph("About an adult or a child you are worried about. "
                + "Only the safeguarding lead reads what you write; others see that a concern was raised."),
                errors, about, category, what, danger, call999, raise);
    }
}
