package org.hubline.referrals;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubline.shared.validation.WebAddress;

/**
 * A partner organisation's service, shaped on Open Referral UK: what it is, who it is for, how
 * to get it, where, when, who to contact, the hubs it serves and the needs it meets, and how much
 * it can take on now.
 */
public record ServiceDetails(
        @NotNull(message = "Choose the organisation") Long organisationId,
        @NotBlank(message = "Enter the service's name") @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotNull(message = "Choose a status") ServiceStatus status,
        @Size(max = 300) @Pattern(regexp = WebAddress.PATTERN, message = WebAddress.MESSAGE) String url,
        @Size(max = 254) String email,
        @Size(max = 20) String phone,
        @Size(max = 1000) String eligibilityDescription,
        @Min(value = 0, message = "Ages start at 0") @Max(value = 120, message = "At most 120") Integer minimumAge,
        @Min(value = 0, message = "Ages start at 0") @Max(value = 120, message = "At most 120") Integer maximumAge,
        @Size(max = 500) String feesDescription,
        @Size(max = 1000) String applicationProcess,
        @Size(max = 200) String languages,
        @NotNull(message = "Choose the capacity") Capacity capacity,
        List<Location> locations,
        Set<Long> hubIds,
        List<Contact> contacts,
        List<Schedule> schedules,
        Set<String> needCategories) {

    public ServiceDetails {
        locations = locations == null ? List.of() : List.copyOf(locations);
        hubIds = hubIds == null ? Set.of() : Set.copyOf(hubIds);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        needCategories = needCategories == null ? Set.of() : Set.copyOf(needCategories);
    }

    public record Location(String name, String address1, String city, String postcode, String uprn) {
    }

    /** A contact person; {@code published}: named in the open directory (otherwise kept to staff). */
    public record Contact(String name, String title, String email, String phone, boolean published) {
    }

    /** Opening times: days as iCal BYDAY ("MO,TU"), times as HH:mm. */
    public record Schedule(String byday, String opensAt, String closesAt, String description) {
    }
}
