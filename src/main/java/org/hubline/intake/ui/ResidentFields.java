package org.hubline.intake.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.hubline.residents.ContactMethod;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.SupportNeed;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.Postcode;
import org.hubline.shared.ui.DateField;
import org.hubline.shared.ui.Room;
import org.hubline.shared.ui.TypeToPick;

/**
 * The resident's details on the call form, in the order a handler asks for them: who they are and
 * where they live (with their ward when the postcode does not settle it), their consent, then their situation (who supports them now, chosen with the arrow
 * keys; vulnerability as one type-to-choose list; household). What is asked less often (other contact details, language, GP) is folded under
 * <em>More about them</em>, one Tab stop, and opens by itself when it holds something or a
 * field in it is refused.
 */
class ResidentFields extends Section {

    final TextField firstName = text("First name", "resident-first-name");
    final TextField lastName = text("Last name", "resident-last-name");
    final DateField dateOfBirth = new DateField("Date of birth");
    final TextField phone = text("Phone", "resident-phone");
    final TextField otherPhone = text("Other phone", "resident-other-phone");
    final TextField postcode = text("Postcode", "resident-postcode");
    final TextField addressLine1 = text("Address line 1", "resident-address1");
    final TextField addressLine2 = text("Address line 2", "resident-address2");
    final TextField town = text("Town", "resident-town");
    final TextField uprn = text("UPRN (if known)", "resident-uprn");
    final EmailField email = new EmailField("Email");
    final Select<ContactMethod> preferredContact = new Select<>();
    final TextField language = text("Language", "resident-language");
    final Checkbox interpreterNeeded = new Checkbox("Needs an interpreter");
    final IntegerField adults = new IntegerField("Adults in household");
    final IntegerField children = new IntegerField("Children under 18");
    final MultiSelectComboBox<Vulnerability> vulnerabilities = new MultiSelectComboBox<>("Vulnerability");
    final MultiSelectComboBox<SupportNeed> supportNeeds = new MultiSelectComboBox<>("Diet and access needs");
    final TextField supportNote = text("About them (an allergy, say)", "resident-support-note");
    final TextField gpSurgery = text("GP surgery", "resident-gp");
    final TextField pharmacy = text("Pharmacy", "resident-pharmacy");
    final Checkbox consentToHold = new Checkbox("Consents to the council holding their details");
    final Checkbox consentToShare = new Checkbox("Consents to sharing with partner organisations");
    final Details more = new Details();

    ResidentFields(Component support, Component ward) {
        setId("resident-fields");
        dateOfBirth.setId("resident-dob");
        dateOfBirth.setAutoOpen(false);
        dateOfBirth.setHelperText("For example 14/03/1948 or 14031948");
        dateOfBirth.setI18n(DateField.ukFormats(new DatePicker.DatePickerI18n())
                .setBadInputErrorMessage(DateField.UNREADABLE)
                .setMaxErrorMessage("The date of birth cannot be in the future"));
        phone.setHelperText("07… or +44 7…");
        postcode.setHelperText("Routes the call to a hub");
        postcode.addClassName("hubline-postcode");
        postcode.addValueChangeListener(e -> Postcode.parse(e.getValue()).map(Postcode::toString)
                .filter(normal -> !normal.equals(e.getValue())).ifPresent(postcode::setValue));
        email.setId("resident-email");
        email.setValueChangeMode(ValueChangeMode.LAZY);
        email.setErrorMessage("Enter an email address like name@example.com");
        contactAndHousehold();
        typeToChoose(vulnerabilities, Vulnerability.values(), Vulnerability::label, "resident-vulnerabilities",
                "Type to choose, Enter to add: for example \"alone\"; aged 70 or over follows from the date of birth");
        typeToChoose(supportNeeds, SupportNeed.values(), SupportNeed::label, "resident-support-needs",
                "What the help must respect: halal, vegan, a food allergy, BSL, large print, mobility…");
        Room.limit(supportNote, 200);
        interpreterNeeded.setId("resident-interpreter");
        consentToHold.setId("resident-consent-hold");
        consentToShare.setId("resident-consent-share");
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);

        FormLayout who = columns(firstName, lastName, dateOfBirth, phone, postcode, addressLine1, ward);
        FormLayout situation = columns(vulnerabilities, adults, children, supportNeeds, supportNote);
        situation.setColspan(vulnerabilities, 3);
        situation.setColspan(supportNeeds, 2);
        more.setSummaryText("More about them: other phone, email, address, language, GP");
        more.setId("resident-more");
        more.add(columns(addressLine2, town, uprn, otherPhone, email, preferredContact, language, gpSurgery, pharmacy,
                interpreterNeeded));
        add(new H2("Resident"), who, consentToHold, consentToShare, support, situation, more);
    }

    /** A list to choose several from by typing a few letters and Enter (the first match). */
    private static <T> void typeToChoose(MultiSelectComboBox<T> box, T[] values, Function<T, String> label,
            String id, String helper) {
        box.setItems(values);
        box.setItemLabelGenerator(label::apply);
        box.setId(id);
        box.setHelperText(helper);
        box.setWidthFull();
        TypeToPick.firstMatch(box, label);
    }

    private static FormLayout columns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        return layout;
    }

    /** How they like to be contacted, and who lives with them (adults and children). */
    private void contactAndHousehold() {
        preferredContact.setLabel("Prefers contact by");
        preferredContact.setItems(ContactMethod.values());
        preferredContact.setItemLabelGenerator(ContactMethod::label);
        preferredContact.setValue(ContactMethod.PHONE);
        preferredContact.setId("resident-preferred-contact");
        adults.setId("resident-adults");
        adults.setMin(0);
        adults.setMax(30);
        adults.setValue(1);
        adults.setStepButtonsVisible(true);
        children.setId("resident-children");
        children.setMin(0);
        children.setMax(30);
        children.setValue(0);
        children.setStepButtonsVisible(true);
    }

    private static TextField text(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    ResidentDetails value() {
        return new ResidentDetails(firstName.getValue(), lastName.getValue(), dateOfBirth.getValue(),
                addressLine1.getValue(), addressLine2.getValue(), town.getValue(), postcode.getValue(),
                uprn.getValue(), phone.getValue(), otherPhone.getValue(), email.getValue(),
                preferredContact.getValue(), language.getValue(), interpreterNeeded.getValue(),
                adults.getValue() == null ? 1 : adults.getValue(), children.getValue() == null ? 0 : children.getValue(),
                vulnerabilities.getValue(), gpSurgery.getValue(), pharmacy.getValue(), consentToHold.getValue(),
                consentToShare.getValue(), supportNeeds.getValue(), supportNote.getValue());
    }

    void setValue(ResidentDetails d) {
        firstName.setValue(orEmpty(d.firstName()));
        lastName.setValue(orEmpty(d.lastName()));
        dateOfBirth.setValue(d.dateOfBirth());
        addressLine1.setValue(orEmpty(d.addressLine1()));
        addressLine2.setValue(orEmpty(d.addressLine2()));
        town.setValue(orEmpty(d.town()));
        postcode.setValue(orEmpty(d.postcode()));
        uprn.setValue(orEmpty(d.uprn()));
        phone.setValue(orEmpty(d.phone()));
        otherPhone.setValue(orEmpty(d.otherPhone()));
        email.setValue(orEmpty(d.email()));
        preferredContact.setValue(d.preferredContact() == null ? ContactMethod.PHONE : d.preferredContact());
        language.setValue(orEmpty(d.language()));
        interpreterNeeded.setValue(d.interpreterNeeded());
        adults.setValue(d.adults());
        children.setValue(d.children());
        vulnerabilities.setValue(d.vulnerabilities() == null ? Set.of() : d.vulnerabilities());
        supportNeeds.setValue(d.supportNeeds() == null ? Set.of() : d.supportNeeds());
        supportNote.setValue(orEmpty(d.supportNote()));
        gpSurgery.setValue(orEmpty(d.gpSurgery()));
        pharmacy.setValue(orEmpty(d.pharmacy()));
        consentToHold.setValue(d.consentToHold());
        consentToShare.setValue(d.consentToShare());
        more.setOpened(more.isOpened() || Stream.of(d.addressLine2(), d.town(), d.uprn(), d.otherPhone(), d.email(),
                d.language(), d.gpSurgery(), d.pharmacy()).anyMatch(v -> v != null && !v.isBlank())
                || d.interpreterNeeded());
    }

    MatchQuery matchQuery() {
        return new MatchQuery(firstName.getValue(), lastName.getValue(), dateOfBirth.getValue(), phone.getValue(),
                otherPhone.getValue(), postcode.getValue(), uprn.getValue(), email.getValue());
    }

    /** The fields whose changes should look again for matching residents. */
    List<HasValue<?, ?>> identifyingFields() {
        return List.of(firstName, lastName, dateOfBirth, phone, otherPhone, postcode, uprn, email);
    }

    List<HasValue<?, ?>> allFields() {
        return List.of(firstName, lastName, dateOfBirth, phone, otherPhone, postcode, addressLine1,
                addressLine2, town, uprn, email, preferredContact, language, interpreterNeeded, adults, children,
                vulnerabilities, supportNeeds, supportNote, gpSurgery, pharmacy, consentToHold, consentToShare);
    }

    /** Fields by the name the services use for their errors. */
    Map<String, HasValidation> byName() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("firstName", firstName);
        m.put("lastName", lastName);
        m.put("dateOfBirth", dateOfBirth);
        m.put("phone", phone);
        m.put("otherPhone", otherPhone);
        m.put("postcode", postcode);
        m.put("addressLine1", addressLine1);
        m.put("addressLine2", addressLine2);
        m.put("town", town);
        m.put("uprn", uprn);
        m.put("email", email);
        m.put("preferredContact", preferredContact);
        m.put("language", language);
        m.put("adults", adults);
        m.put("children", children);
        m.put("gpSurgery", gpSurgery);
        m.put("pharmacy", pharmacy);
        m.put("supportNote", supportNote);
        return m;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
