package org.hubline.volunteers.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.Ward;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.ui.FormErrors;
import org.hubline.volunteers.Availability;
import org.hubline.volunteers.Away;
import org.hubline.volunteers.DbsLevel;
import org.hubline.volunteers.PartOfDay;
import org.hubline.volunteers.Skill;
import org.hubline.volunteers.VolunteerDetails;
import org.hubline.volunteers.VolunteerRecord;
import org.hubline.volunteers.VolunteerRoster;
import org.hubline.volunteers.VolunteerStatus;
import org.hubline.shared.ui.DateField;

/**
 * Records or changes a volunteer: contact, hubs, skills, the weekly availability grid and a
 * time away, DBS and other checks, capacity, status and consent. A refused save keeps what was
 * typed and shows each problem by its field.
 */
class VolunteerFormDialog extends Dialog {

    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final TextField phone = new TextField("Phone");
    private final EmailField email = new EmailField("Email");
    private final TextField address = new TextField("Address");
    private final TextField postcode = new TextField("Postcode");
    private final TextField languages = new TextField("Languages spoken");
    private final ComboBox<Ward> ward =
            new ComboBox<>("Home ward");
    private final MultiSelectComboBox<HubRef> hubs = new MultiSelectComboBox<>("Hubs they serve");
    private final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>("Skills");
    private final Map<DayOfWeek, CheckboxGroup<PartOfDay>> grid = new LinkedHashMap<>();
    private final DateField awayFrom = new DateField("Away from");
    private final DateField awayTo = new DateField("Away until");
    private final Select<DbsLevel> dbs = new Select<>();
    private final DateField dbsDate = new DateField("DBS certificate date");
    private final Checkbox updateService = new Checkbox("On the DBS Update Service");
    private final DateField renewal = new DateField("DBS renewal due");
    private final Checkbox idChecked = new Checkbox("ID checked");
    private final Checkbox trained = new Checkbox("Training completed");
    private final IntegerField maxTasks = new IntegerField("Most tasks at once");
    private final Select<VolunteerStatus> status = new Select<>();
    private final Checkbox consent = new Checkbox("Agrees to us holding their details");
    private final FormErrors errors = new FormErrors("volunteer-errors", "Not saved");

    VolunteerFormDialog(VolunteerRoster roster, List<HubRef> myHubs, VolunteerRecord opened, Runnable onSaved) {
        setHeaderTitle(opened == null ? "New volunteer" : "Edit " + opened.name());
        setWidth("min(52rem, 96vw)");
        List<Skill> skillOptions = roster.skills().stream().filter(Skill::active).toList();
        List<Ward> wards = roster.wards();
        choices(myHubs, skillOptions, wards);
        errors.fields(fields());
        layOut();
        if (opened != null) {
            show(opened.details(), myHubs, skillOptions);
            wards.stream().filter(w -> w.code().equals(opened.details().homeWardCode())).findFirst()
                    .ifPresent(ward::setValue);
        } else if (myHubs.size() == 1) {
            hubs.setValue(Set.copyOf(myHubs));
        }
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> {
                if (opened == null) {
                    roster.register(value());
                } else {
                    roster.update(opened, value());
                }
            })) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("volunteer-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void choices(List<HubRef> myHubs, List<Skill> skillOptions, List<Ward> wards) {
        ward.setItems(wards);
        ward.setItemLabelGenerator(Ward::name);
        ward.setClearButtonVisible(true);
        hubs.setItems(myHubs);
        hubs.setItemLabelGenerator(HubRef::name);
        skills.setItems(skillOptions);
        skills.setItemLabelGenerator(Skill::name);
        dbs.setLabel("DBS check");
        dbs.setItems(DbsLevel.values());
        dbs.setItemLabelGenerator(DbsLevel::label);
        dbs.setValue(DbsLevel.NONE);
        status.setLabel("Status");
        status.setItems(VolunteerStatus.values());
        status.setItemLabelGenerator(VolunteerStatus::label);
        status.setValue(VolunteerStatus.APPLICANT);
        maxTasks.setValue(2);
        maxTasks.setMin(1);
        maxTasks.setMax(20);
        renewal.setHelperText("Leave empty to follow council policy from the certificate date");
        for (DatePicker d : List.of(awayFrom, awayTo, dbsDate, renewal)) {
            d.setLocale(Locale.UK);
        }
    }

    /** Who they are, when they are free (a row of parts of the day for each day), and their checks. */
    private void layOut() {
        ward.setId("volunteer-ward");
        firstName.setId("volunteer-first-name");
        lastName.setId("volunteer-last-name");
        phone.setId("volunteer-phone");
        hubs.setId("volunteer-hubs");
        skills.setId("volunteer-skills");
        FormLayout who = new FormLayout(firstName, lastName, phone, email, address, postcode, ward, languages, hubs,
                skills);
        FormLayout checks = new FormLayout(dbs, dbsDate, updateService, renewal, idChecked, trained, maxTasks, status,
                consent);
        FormLayout week = new FormLayout();
        week.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 4));
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckboxGroup<PartOfDay> parts = new CheckboxGroup<>(day.getDisplayName(TextStyle.FULL, Locale.UK));
            parts.setItems(PartOfDay.values());
            parts.setItemLabelGenerator(PartOfDay::label);
            grid.put(day, parts);
            week.add(parts);
        }
        add(errors, who, new H3("When they are free"), week, new FormLayout(awayFrom, awayTo), new H3("Checks"),
                checks);
    }

    private VolunteerDetails value() {
        Set<Availability> slots = new HashSet<>();
        grid.forEach((day, parts) -> parts.getValue().forEach(p -> slots.add(new Availability(day, p))));
        List<Away> away = new ArrayList<>();
        if (awayFrom.getValue() != null || awayTo.getValue() != null) {
            away.add(new Away(awayFrom.getValue(), awayTo.getValue()));
        }
        return new VolunteerDetails(firstName.getValue(), lastName.getValue(), phone.getValue(), email.getValue(),
                address.getValue(), postcode.getValue(), ward.getValue() == null ? null : ward.getValue().code(),
                languages.getValue(),
                hubs.getValue().stream().map(HubRef::id).collect(Collectors.toSet()),
                skills.getValue().stream().map(Skill::code).collect(Collectors.toSet()), slots, away, dbs.getValue(),
                dbsDate.getValue(), updateService.getValue(), renewal.getValue(), idChecked.getValue(),
                trained.getValue(), maxTasks.getValue() == null ? 0 : maxTasks.getValue(), status.getValue(),
                consent.getValue());
    }

    private void show(VolunteerDetails d, List<HubRef> myHubs, List<Skill> skillOptions) {
        firstName.setValue(d.firstName());
        lastName.setValue(d.lastName());
        phone.setValue(d.phone() == null ? "" : d.phone());
        email.setValue(d.email() == null ? "" : d.email());
        address.setValue(d.addressLine1() == null ? "" : d.addressLine1());
        postcode.setValue(d.postcode() == null ? "" : d.postcode());
        languages.setValue(d.languages() == null ? "" : d.languages());
        hubs.setValue(myHubs.stream().filter(h -> d.hubIds().contains(h.id())).collect(Collectors.toSet()));
        skills.setValue(skillOptions.stream().filter(s -> d.skills().contains(s.code())).collect(Collectors.toSet()));
        grid.forEach((day, parts) -> parts.setValue(d.availability().stream().filter(a -> a.day() == day)
                .map(Availability::part).collect(Collectors.toSet())));
        d.away().stream().filter(a -> !a.to().isBefore(LocalDate.now())).findFirst().ifPresent(a -> {
            awayFrom.setValue(a.from());
            awayTo.setValue(a.to());
        });
        dbs.setValue(d.dbsLevel());
        dbsDate.setValue(d.dbsCertificateDate());
        updateService.setValue(d.dbsUpdateService());
        renewal.setValue(d.dbsRenewalDue());
        idChecked.setValue(d.idChecked());
        trained.setValue(d.trainingCompleted());
        maxTasks.setValue(d.maxTasks());
        status.setValue(d.status());
        consent.setValue(d.consentToHold());
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("firstName", firstName);
        m.put("lastName", lastName);
        m.put("phone", phone);
        m.put("email", email);
        m.put("postcode", postcode);
        m.put("hubIds", hubs);
        m.put("skills", skills);
        m.put("dbsLevel", dbs);
        m.put("dbsCertificateDate", dbsDate);
        m.put("awayFrom", awayFrom);
        m.put("away", awayTo);
        m.put("dbsRenewalDue", renewal);
        m.put("maxTasks", maxTasks);
        m.put("status", status);
        return m;
    }
}
