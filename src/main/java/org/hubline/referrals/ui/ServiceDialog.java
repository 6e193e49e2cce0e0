package org.hubline.referrals.ui;

import static org.hubline.shared.Text.blankToNull;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.Hub;
import org.hubline.referrals.Capacity;
import org.hubline.referrals.Organisation;
import org.hubline.referrals.PartnerDirectory;
import org.hubline.referrals.ServiceDetails;
import org.hubline.referrals.ServiceRecord;
import org.hubline.referrals.ServiceStatus;
import org.hubline.shared.ui.FormErrors;

/**
 * Adds or changes a partner service: what it is, who it is for, how to get it, where and when,
 * who to contact, the hubs it serves, the needs it meets, its status and capacity. A refused
 * save keeps what was typed and names each field the directory refused.
 */
class ServiceDialog extends Dialog {

    private final String town;
    private final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    private final TextField name = new TextField("Service name");
    private final TextArea description = new TextArea("Description");
    private final Select<ServiceStatus> status = new Select<>();
    private final Select<Capacity> capacity = new Select<>();
    private final MultiSelectComboBox<String> needs = new MultiSelectComboBox<>("Needs it meets");
    private final MultiSelectComboBox<Hub> areas = new MultiSelectComboBox<>("Hubs it serves");
    private final TextField eligibility = new TextField("Who it is for");
    private final IntegerField minAge = new IntegerField("Minimum age");
    private final IntegerField maxAge = new IntegerField("Maximum age");
    private final TextField fees = new TextField("Cost");
    private final TextField access = new TextField("How to get it");
    private final TextField languages = new TextField("Languages");
    private final TextField phone = new TextField("Phone");
    private final TextField email = new TextField("Email");
    private final TextField url = new TextField("Website");
    private final TextField street = new TextField("Address");
    private final TextField postcode = new TextField("Postcode");
    private final TextField days = new TextField("Open on (e.g. MO,TU,WE)");
    private final TextField opens = new TextField("Opens (HH:mm)");
    private final TextField closes = new TextField("Closes (HH:mm)");
    private final TextField contact = new TextField("Contact name");
    private final Checkbox publishContact = new Checkbox("Name this contact in the open directory");
    private final FormErrors errors = new FormErrors("service-errors", "The service was not saved");

    /** {@code town}: the council's town, for a new location's address (none if not set). */
    ServiceDialog(PartnerDirectory directory, List<Hub> hubs, ServiceRecord opened, String town, Runnable onSaved) {
        this.town = town;
        setHeaderTitle(opened == null ? "Add a service" : "Edit " + opened.details().name());
        setWidth("min(52rem, 96vw)");
        List<Organisation> organisations = directory.organisations();
        choices(organisations, directory.needCategories(), hubs);
        registerFields();
        if (opened != null) {
            read(opened.details(), organisations, hubs);
        }
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> directory.saveService(opened, written()))) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("service-save");
        add(errors, new FormLayout(organisation, name, status, capacity, needs, areas, eligibility, minAge, maxAge,
                fees, access, languages, phone, email, url, street, postcode, days, opens, closes, contact,
                publishContact),
                description);
        description.setWidthFull();
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void choices(List<Organisation> organisations, Map<String, String> categories, List<Hub> hubs) {
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        name.setId("service-name");
        status.setLabel("Status");
        status.setItems(ServiceStatus.values());
        status.setItemLabelGenerator(ServiceStatus::label);
        status.setValue(ServiceStatus.ACTIVE);
        capacity.setLabel("Capacity now");
        capacity.setItems(Capacity.values());
        capacity.setItemLabelGenerator(Capacity::label);
        capacity.setId("service-capacity");
        capacity.setValue(Capacity.OPEN);
        needs.setItems(categories.keySet());
        needs.setItemLabelGenerator(categories::get);
        areas.setItems(hubs);
        areas.setItemLabelGenerator(Hub::name);
    }

    /** Under the keys the directory refuses them by (the service details' own names). */
    private void registerFields() {
        errors.field("organisationId", organisation).field("name", name).field("description", description)
                .field("status", status).field("capacity", capacity).field("needCategories", needs)
                .field("eligibilityDescription", eligibility).field("minimumAge", minAge).field("maximumAge", maxAge)
                .field("feesDescription", fees).field("applicationProcess", access).field("languages", languages)
                .field("phone", phone).field("email", email).field("url", url);
    }

    private void read(ServiceDetails d, List<Organisation> organisations, List<Hub> hubs) {
        organisations.stream().filter(o -> o.id().equals(d.organisationId())).findFirst()
                .ifPresent(organisation::setValue);
        name.setValue(d.name());
        description.setValue(orEmpty(d.description()));
        status.setValue(d.status());
        capacity.setValue(d.capacity());
        needs.setValue(d.needCategories());
        areas.setValue(hubs.stream().filter(h -> d.hubIds().contains(h.id())).collect(Collectors.toSet()));
        eligibility.setValue(orEmpty(d.eligibilityDescription()));
        minAge.setValue(d.minimumAge());
        maxAge.setValue(d.maximumAge());
        fees.setValue(orEmpty(d.feesDescription()));
        access.setValue(orEmpty(d.applicationProcess()));
        languages.setValue(orEmpty(d.languages()));
        phone.setValue(orEmpty(d.phone()));
        email.setValue(orEmpty(d.email()));
        url.setValue(orEmpty(d.url()));
        d.locations().stream().findFirst().ifPresent(l -> {
            street.setValue(orEmpty(l.address1()));
            postcode.setValue(orEmpty(l.postcode()));
        });
        d.schedules().stream().findFirst().ifPresent(x -> {
            days.setValue(orEmpty(x.byday()));
            opens.setValue(orEmpty(x.opensAt()));
            closes.setValue(orEmpty(x.closesAt()));
        });
        d.contacts().stream().findFirst().ifPresent(c -> {
            contact.setValue(orEmpty(c.name()));
            publishContact.setValue(c.published());
        });
    }

    private ServiceDetails written() {
        return new ServiceDetails(organisation.getValue() == null ? null : organisation.getValue().id(),
                name.getValue(), blankToNull(description.getValue()), status.getValue(), blankToNull(url.getValue()),
                blankToNull(email.getValue()), blankToNull(phone.getValue()), blankToNull(eligibility.getValue()),
                minAge.getValue(), maxAge.getValue(), blankToNull(fees.getValue()), blankToNull(access.getValue()),
                blankToNull(languages.getValue()), capacity.getValue(),
                street.getValue().isBlank() && postcode.getValue().isBlank() ? List.of()
                        : List.of(new ServiceDetails.Location(name.getValue(), blankToNull(street.getValue()),
                                town, blankToNull(postcode.getValue()), null)),
                areas.getValue().stream().map(Hub::id).collect(Collectors.toSet()),
                contact.getValue().isBlank() ? List.of()
                        : List.of(new ServiceDetails.Contact(contact.getValue(), null, null, null,
                                publishContact.getValue())),
                days.getValue().isBlank() ? List.of() : List.of(new ServiceDetails.Schedule(days.getValue(),
                        blankToNull(opens.getValue()), blankToNull(closes.getValue()), null)),
                Set.copyOf(needs.getValue()));
    }

    private static String orEmpty(String s) {
        return Objects.toString(s, "");
    }
}
