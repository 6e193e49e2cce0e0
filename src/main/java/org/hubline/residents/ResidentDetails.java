package org.hubline.residents;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubline.shared.validation.PersonName;

/**
 * What a handler records about a resident. Phone numbers and postcode are checked and
 * normalised by {@link Residents}; the date of birth may not be in the future or give an age
 * over 120. Consent answers here are the current ones; {@link Residents} keeps their history.
 */
public record ResidentDetails(
        @NotBlank(message = "Enter the resident's first name") @Size(max = 100, message = "At most 100 characters")
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE) String firstName,
        @NotBlank(message = "Enter the resident's last name") @Size(max = 100, message = "At most 100 characters")
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE) String lastName,
        LocalDate dateOfBirth,
        @Size(max = 200, message = "At most 200 characters") String addressLine1,
        @Size(max = 200, message = "At most 200 characters") String addressLine2,
        @Size(max = 100, message = "At most 100 characters") String town,
        String postcode,
        @Pattern(regexp = "^$|^[0-9]{1,12}$", message = "A UPRN is up to 12 digits") String uprn,
        String phone,
        String otherPhone,
        @Email(message = "Enter an email address like name@example.com") @Size(max = 254, message = "At most 254 characters") String email,
        @NotNull(message = "Choose how they prefer to be contacted") ContactMethod preferredContact,
        @Size(max = 60, message = "At most 60 characters") String language,
        boolean interpreterNeeded,
        @Min(value = 0, message = "Cannot be negative") @Max(value = 30, message = "At most 30") int adults,
        @Min(value = 0, message = "Cannot be negative") @Max(value = 30, message = "At most 30") int children,
        Set<Vulnerability> vulnerabilities,
        @Size(max = 200, message = "At most 200 characters") String gpSurgery,
        @Size(max = 200, message = "At most 200 characters") String pharmacy,
        boolean consentToHold,
        boolean consentToShare,
        Set<SupportNeed> supportNeeds,
        @Size(max = 200, message = "At most 200 characters") String supportNote) {

    public ResidentDetails {
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
        supportNeeds = supportNeeds == null ? Set.of() : Set.copyOf(supportNeeds);
    }

    /** Details with no dietary or access needs recorded (the web form, imports, tests). */
    public ResidentDetails(String firstName, String lastName, LocalDate dateOfBirth, String addressLine1,
            String addressLine2, String town, String postcode, String uprn, String phone, String otherPhone,
            String email, ContactMethod preferredContact, String language, boolean interpreterNeeded, int adults,
            int children, Set<Vulnerability> vulnerabilities, String gpSurgery, String pharmacy,
            boolean consentToHold, boolean consentToShare) {
        this(firstName, lastName, dateOfBirth, addressLine1, addressLine2, town, postcode, uprn, phone, otherPhone,
                email, preferredContact, language, interpreterNeeded, adults, children, vulnerabilities, gpSurgery,
                pharmacy, consentToHold, consentToShare, Set.of(), null);
    }

    /** What the help must respect (diet and access; the language is shown on its own), in one line ("" if none). */
    public String supportLine() {
        return SupportNeed.describe(supportNeeds, supportNote, null);
    }

    public String fullName() {
        return (firstName == null ? "" : firstName.trim()) + " " + (lastName == null ? "" : lastName.trim());
    }

    /** The same details with consent to share given or withdrawn. */
    public ResidentDetails withConsentToShare(boolean given) {
        return new ResidentDetails(firstName, lastName, dateOfBirth, addressLine1, addressLine2, town, postcode, uprn,
                phone, otherPhone, email, preferredContact, language, interpreterNeeded, adults, children,
                vulnerabilities, gpSurgery, pharmacy, consentToHold, given, supportNeeds, supportNote);
    }

    /** A resident with just a name, for building up in a form. */
    public static ResidentDetails named(String firstName, String lastName) {
        return new ResidentDetails(firstName, lastName, null, null, null, null, null, null, null, null, null,
                ContactMethod.PHONE, null, false, 1, 0, Set.of(), null, null, false, false);
    }
}
