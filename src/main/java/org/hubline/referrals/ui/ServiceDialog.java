package org.hubline.referrals.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
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
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;

/**
 * Adds or changes a partner service: what it is, who it is for, how to get it, where and when,
 * who to contact, the hubs it serves, the needs it meets, its status and capacity.
 */
class ServiceDialog extends Dialog {

    ServiceDialog(PartnerDirectory directory, List<Hub> hubs, ServiceRecord opened, Runnable onSaved) {
        setHeaderTitle(opened == null ? "Add a service" : "Edit " + opened.details().name());
        setWidth("min(52rem, 96vw)");
        ServiceDetails d = opened == null ? null : opened.details();
        List<Organisation> organisations = directory.organisations();
        Map<String, String> categories = directory.needCategories();
        ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        TextField name = new TextField("Service name");
        name.setId("service-name");
        TextArea description = new TextArea("Description");
        Select<ServiceStatus> status = new Select<>();
        status.setLabel("Status");
        status.setItems(ServiceStatus.values());
        status.setItemLabelGenerator(ServiceStatus::label);
        Select<Capacity> capacity = new Select<>();
        capacity.setLabel("Capacity now");
        capacity.setItems(Capacity.values());
        capacity.setItemLabelGenerator(Capacity::label);
        capacity.setId("service-capacity");
        MultiSelectComboBox<String> needs = new MultiSelectComboBox<>("Needs it meets");
        needs.setItems(categories.keySet());
        needs.setItemLabelGenerator(categories::get);
        MultiSelectComboBox<Hub> areas = new MultiSelectComboBox<>("Hubs it serves");
        areas.setItems(hubs);
        areas.setItemLabelGenerator(Hub::name);
        TextField eligibility = new TextField("Who it is for");
        IntegerField minAge = new IntegerField("Minimum age");
        IntegerField maxAge = new IntegerField("Maximum age");
        TextField fees = new TextField("Cost");
        TextField access = new TextField("How to get it");
        TextField languages = new TextField("Languages");
        TextField phone = new TextField("Phone");
        TextField email = new TextField("Email");
        TextField url = new TextField("Website");
        TextField street = new TextField("Address");
        TextField postcode = new TextField("Postcode");
        TextField days = new TextField("Open on (e.g. MO,TU,WE)");
        TextField opens = new TextField("Opens (HH:mm)");
        TextField closes = new TextField("Closes (HH:mm)");
        TextField contact = new TextField("Contact name");
        status.setValue(ServiceStatus.ACTIVE);
        capacity.setValue(Capacity.OPEN);
        if (d != null) {
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
            d.contacts().stream().findFirst().ifPresent(c -> contact.setValue(orEmpty(c.name())));
        }
        Paragraph problem = new Paragraph();
        problem.addClassName("hubline-error");
        Button save = new Button("Save", e -> {
            try {
                ServiceDetails details = new ServiceDetails(organisation.getValue() == null ? null
                        : organisation.getValue().id(), name.getValue(), blank(description.getValue()),
                        status.getValue(), blank(url.getValue()), blank(email.getValue()), blank(phone.getValue()),
                        blank(eligibility.getValue()), minAge.getValue(), maxAge.getValue(), blank(fees.getValue()),
                        blank(access.getValue()), blank(languages.getValue()), capacity.getValue(),
                        street.getValue().isBlank() && postcode.getValue().isBlank() ? List.of()
                                : List.of(new ServiceDetails.Location(name.getValue(), blank(street.getValue()),
                                        "Oldham", blank(postcode.getValue()), null)),
                        areas.getValue().stream().map(Hub::id).collect(Collectors.toSet()),
                        contact.getValue().isBlank() ? List.of()
                                : List.of(new ServiceDetails.Contact(contact.getValue(), null, null, null)),
                        days.getValue().isBlank() ? List.of() : List.of(new ServiceDetails.Schedule(days.getValue(),
                                blank(opens.getValue()), blank(closes.getValue()), null)),
                        Set.copyOf(needs.getValue()));
                directory.saveService(opened, details);
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                problem.setText("Not saved: " + String.join(" · ", ex.fieldErrors().values()));
            } catch (StaleEditException ex) {
                problem.setText(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("service-save");
        add(problem, new FormLayout(organisation, name, status, capacity, needs, areas, eligibility, minAge, maxAge,
                fees, access, languages, phone, email, url, street, postcode, days, opens, closes, contact),
                description);
        description.setWidthFull();
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
