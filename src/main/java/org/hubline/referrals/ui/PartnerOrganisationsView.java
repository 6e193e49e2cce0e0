package org.hubline.referrals.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.places.Hub;
import org.hubline.referrals.Organisation;
import org.hubline.referrals.OrganisationRegister;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Room;

/**
 * Admins keep the partner organisations: add, edit, stop taking referrals. An organisation without
 * a referral email is marked, because it is never told of a referral.
 */
@Route("admin/partners")
@PageTitle("Partner organisations · Hubline")
@Menu(title = "Partner organisations", order = 96.5, icon = "vaadin:building")
@RolesAllowed(Roles.ADMIN)
public class PartnerOrganisationsView extends Div {

    private final OrganisationRegister register;
    private final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
    private final Map<Long, String> hubNames;
    private Map<Long, Set<Long>> served = Map.of();

    public PartnerOrganisationsView(OrganisationRegister register) {
        this.register = register;
        hubNames = register.hubChoices().stream().collect(Collectors.toMap(Hub::id, Hub::name));
        grid.setId("partner-organisations");
        grid.setAriaLabel("Partner organisations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Organisation::name).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(o -> o.registrationNumber() == null ? "" : o.registrationNumber())
                .setHeader("Charity or company number").setAutoWidth(true);
        grid.addColumn(o -> o.referralEmail() == null ? "None: never told of a referral" : o.referralEmail())
                .setHeader("Referrals emailed to").setAutoWidth(true);
        grid.addColumn(o -> o.phone() == null ? "" : PhoneNumber.parse(o.phone()).map(PhoneNumber::formatted)
                .orElse(o.phone())).setHeader("Phone").setAutoWidth(true);
        grid.addColumn(o -> served.getOrDefault(o.id(), Set.of()).stream().map(hubNames::get).sorted()
                .collect(Collectors.joining(", "))).setHeader("Hubs served").setAutoWidth(true);
        grid.addColumn(o -> o.active() ? "Takes referrals" : "Not taking referrals").setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Button edit = new Button("Edit", e -> edit(o));
            edit.setAriaLabel("Edit " + o.name());
            edit.setId("edit-organisation-" + o.id());
            Anchor users = new Anchor("admin/users?organisation=" + o.id(), "Partner users");
            users.getElement().setAttribute("aria-label", "Partner users of " + o.name());
            users.setId("organisation-users-" + o.id());
            Div change = new Div(edit, users);
            change.addClassName("hubline-buttons");
            return change;
        }).setHeader("Change").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button add = new Button("Add an organisation", e -> edit(Organisation.named("")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-organisation");
        add(new H1("Partner organisations"), new Paragraph("The voluntary, community and faith organisations "
                + "hubs refer residents to. New referrals are emailed to each one's referral address (reference "
                + "and a link only); its staff sign in as partner users, listed and added from each row's Partner users."), add, grid);
        refresh();
    }

    private void edit(Organisation opened) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(opened.id() == null ? "Add an organisation" : "Edit " + opened.name());
        TextField name = field(new TextField("Name"), opened.name(), "organisation-name");
        TextField registration = field(new TextField("Charity or company number (optional)"),
                opened.registrationNumber(), "organisation-registration");
        EmailField referral = field(new EmailField("Email new referrals go to"), opened.referralEmail(),
                "organisation-referral-email");
        EmailField email = field(new EmailField("General email (optional)"), opened.email(), "organisation-email");
        TextField phone = field(new TextField("Phone (optional)"), opened.phone(), "organisation-phone");
        TextField website = field(new TextField("Website (optional)"), opened.website(), "organisation-website");
        TextArea description = field(new TextArea("What they do (optional)"), opened.description(),
                "organisation-description");
        Room.limit(description, 1000);
        MultiSelectComboBox<Hub> hubs = new MultiSelectComboBox<>("Hubs served");
        List<Hub> choices = register.hubChoices();
        hubs.setItems(choices);
        hubs.setItemLabelGenerator(Hub::name);
        hubs.setId("organisation-hubs");
        if (opened.id() != null) {
            Set<Long> served = register.hubsServed(opened.id());
            hubs.setValue(choices.stream().filter(h -> served.contains(h.id())).collect(Collectors.toSet()));
        }
        Checkbox active = new Checkbox("Takes referrals now", opened.active());
        active.setId("organisation-active");
        hubs.setWidthFull();
        FormErrors errors = new FormErrors("organisation-errors", "The organisation was not saved")
                .field("name", name).field("registrationNumber", registration).field("referralEmail", referral)
                .field("email", email).field("phone", phone).field("hubs", hubs);
        Button save = new Button("Save", e -> errors.saved(() -> register.save(new Organisation(opened.id(),
                name.getValue(), description.getValue(), website.getValue(), email.getValue(), referral.getValue(),
                active.getValue(), registration.getValue(), phone.getValue(), opened.version()),
                hubs.getValue().stream().map(Hub::id).collect(Collectors.toSet()))).ifPresent(saved -> {
                    Notification.show(saved.name() + " saved" + (saved.referralEmail() == null
                            ? ": without a referral email it is never told of a referral." : "."));
                    dialog.close();
                    refresh();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("organisation-save");
        dialog.add(errors, name, registration, referral, email, phone, website, hubs, description, active);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
        dialog.open();
    }

    private void refresh() {
        served = register.hubsServed();
        grid.setItems(register.organisations());
    }

    /** A text field of the form, full width, showing the organisation's value. */
    private static <F extends TextFieldBase<?, String>> F field(F field, String value, String id) {
        field.setValue(value == null ? "" : value);
        field.setId(id);
        field.setWidthFull();
        return field;
    }
}
