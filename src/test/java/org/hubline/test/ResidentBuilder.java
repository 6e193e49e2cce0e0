package org.hubline.test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.hubline.residents.ContactMethod;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.SupportNeed;
import org.hubline.residents.Vulnerability;

/**
 * Residents for tests, read as a sentence: {@code aResident().called("Joan", "Ashworth").inShaw()
 * .build()}. Anything not said is as a handler would leave it: an address in the demo's Shaw,
 * contact by phone, one adult, consent to hold their details and not yet to share them.
 */
public final class ResidentBuilder {

    /** A made-up postcode in Shaw (North Hub) from the demo directory. */
    public static final String SHAW = "OL2 9ZP";
    /** A made-up postcode in Failsworth East (South Hub). */
    public static final String FAILSWORTH_EAST = "M35 9ZG";

    private String firstName = "Test";
    private String lastName = "Resident";
    private LocalDate dateOfBirth;
    private String addressLine1 = "1 Test Street";
    private String town = "Oldham";
    private String postcode;
    private String phone;
    private Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
    private int children;
    private boolean consentToShare;
    private Set<SupportNeed> supportNeeds = EnumSet.noneOf(SupportNeed.class);
    private String supportNote;

    private ResidentBuilder() {
    }

    public static ResidentBuilder aResident() {
        return new ResidentBuilder();
    }

    public ResidentBuilder called(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public ResidentBuilder bornOn(LocalDate date) {
        this.dateOfBirth = date;
        return this;
    }

    public ResidentBuilder inShaw() {
        return at(SHAW);
    }

    public ResidentBuilder at(String postcode) {
        this.postcode = postcode;
        return this;
    }

    public ResidentBuilder livingAt(String addressLine1) {
        this.addressLine1 = addressLine1;
        return this;
    }

    public ResidentBuilder phone(String phone) {
        this.phone = phone;
        return this;
    }

    public ResidentBuilder vulnerable(Vulnerability... flags) {
        this.vulnerabilities = flags.length == 0 ? EnumSet.noneOf(Vulnerability.class) : EnumSet.of(flags[0], flags);
        return this;
    }

    public ResidentBuilder withChildren(int children) {
        this.children = children;
        return this;
    }

    public ResidentBuilder agreeingToShare() {
        this.consentToShare = true;
        return this;
    }

    /** What the help must respect: their diet and access needs, and a note (an allergy, say). */
    public ResidentBuilder respecting(String note, SupportNeed... needs) {
        this.supportNeeds = needs.length == 0 ? EnumSet.noneOf(SupportNeed.class) : EnumSet.of(needs[0], needs);
        this.supportNote = note;
        return this;
    }

    public ResidentDetails build() {
        return new ResidentDetails(firstName, lastName, dateOfBirth, addressLine1, null, town, postcode, null, phone,
                null, null, ContactMethod.PHONE, null, false, 1, children, vulnerabilities, null, null, true,
                consentToShare, supportNeeds, supportNote);
    }

    /** The same details with another first line of the address. */
    public static ResidentDetails movedTo(ResidentDetails d, String addressLine1) {
        return new ResidentDetails(d.firstName(), d.lastName(), d.dateOfBirth(), addressLine1, d.addressLine2(),
                d.town(), d.postcode(), d.uprn(), d.phone(), d.otherPhone(), d.email(), d.preferredContact(),
                d.language(), d.interpreterNeeded(), d.adults(), d.children(), d.vulnerabilities(), d.gpSurgery(),
                d.pharmacy(), d.consentToHold(), d.consentToShare());
    }

    /** The same details with another phone number. */
    public static ResidentDetails withPhone(ResidentDetails d, String phone) {
        return new ResidentDetails(d.firstName(), d.lastName(), d.dateOfBirth(), d.addressLine1(), d.addressLine2(),
                d.town(), d.postcode(), d.uprn(), phone, d.otherPhone(), d.email(), d.preferredContact(),
                d.language(), d.interpreterNeeded(), d.adults(), d.children(), d.vulnerabilities(), d.gpSurgery(),
                d.pharmacy(), d.consentToHold(), d.consentToShare());
    }
}
