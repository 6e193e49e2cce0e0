package org.hubline.volunteers;

import java.time.LocalDate;
import java.util.List;
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
 * What a coordinator records about a volunteer. The DBS renewal date may be left empty: it then
 * follows the council's policy ({@link TaskRules#dbsRenewalYears()}) from the certificate date,
 * unless the volunteer is on the Update Service.
 */
public record VolunteerDetails(
        @NotBlank(message = "Enter the first name") @Size(max = 100)
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE) String firstName,
        @NotBlank(message = "Enter the last name") @Size(max = 100)
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE) String lastName,
        String phone,
        @Email(message = "Enter an email address like name@example.com") @Size(max = 254) String email,
        @Size(max = 200) String addressLine1,
        String postcode,
        String homeWardCode,
        @Size(max = 200) String languages,
        Set<Long> hubIds,
        Set<String> skills,
        Set<Availability> availability,
        List<Away> away,
        @NotNull(message = "Choose the DBS level (None if there is no check)") DbsLevel dbsLevel,
        LocalDate dbsCertificateDate,
        boolean dbsUpdateService,
        LocalDate dbsRenewalDue,
        boolean idChecked,
        boolean trainingCompleted,
        @Min(value = 1, message = "At least 1") @Max(value = 20, message = "At most 20") int maxTasks,
        @NotNull(message = "Choose a status") VolunteerStatus status,
        boolean consentToHold) {

    public VolunteerDetails {
        hubIds = hubIds == null ? Set.of() : Set.copyOf(hubIds);
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        availability = availability == null ? Set.of() : Set.copyOf(availability);
        away = away == null ? List.of() : List.copyOf(away);
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
