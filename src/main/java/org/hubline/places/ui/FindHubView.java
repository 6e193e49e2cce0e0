package org.hubline.places.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.hubline.places.Route.Status;
import org.hubline.places.Routing;
import org.hubline.places.Ward;

/** Which hub covers an address: type a postcode, or choose a ward when the postcode is unknown. */
@Route("find-hub")
@PageTitle("Find a hub · Hubline")
@Menu(title = "Find a hub", order = 50, icon = "vaadin:search")
@PermitAll
public class FindHubView extends VerticalLayout {

    private final Paragraph answer = new Paragraph();

    public FindHubView(Routing routing) {
        TextField postcode = new TextField("Postcode");
        postcode.setId("find-postcode");
        postcode.setHelperText("For example OL1 1AA");
        Button find = new Button("Find the hub");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        find.setId("find-hub");
        ComboBox<Ward> ward = new ComboBox<>("Or choose the ward");
        ward.setItems(query -> routing.wardChoices(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        ward.setItemLabelGenerator(Ward::name);
        ward.setId("find-ward");
        answer.setId("find-answer");
        answer.getElement().setAttribute("aria-live", "polite");

        find.addClickListener(e -> {
            var route = routing.route(postcode.getValue());
            answer.setText(route.message());
            ward.setVisible(route.status() != Status.ROUTED);
        });
        ward.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                answer.setText(routing.routeToWard(e.getValue().code(), postcode.getValue()).message());
            }
        });
        Div row = new Div(postcode, find);
        row.addClassName("hubline-filters");
        add(new H1("Find a hub"), new Paragraph("Which hub covers an address, from its postcode or its ward."), row,
                ward, answer);
    }
}
