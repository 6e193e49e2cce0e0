package org.hubline.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hubline.residents.ContactMethod;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.Vulnerability;

/**
 * A request for help from the council's online form. Postcode, phone and date of birth are
 * checked the same way as on a call; at least one need is required, and the person must agree
 * to the council holding their details.
 */
@Schema(description = "A request for help submitted through the council's online form")
public record WebFormSubmission(
        @Schema(example = "Margaret") @NotBlank(message = "Enter the first name") @Size(max = 100) String firstName,
        @Schema(example = "Thompson") @NotBlank(message = "Enter the last name") @Size(max = 100) String lastName,
        @Schema(example = "1948-03-14") LocalDate dateOfBirth,
        @Schema(example = "1 Example Street") @Size(max = 200) String addressLine1,
        @Size(max = 200) String addressLine2,
        @Schema(example = "Oldham") @Size(max = 100) String town,
        @Schema(example = "OL2 9ZP") @NotBlank(message = "Enter the postcode") String postcode,
        @Schema(example = "07700 900101") String phone,
        @Schema(example = "margaret@example.com") String email,
        @Schema(description = "How they prefer to be contacted; phone if not given") ContactMethod preferredContact,
        @Schema(description = "What they need help with: need type ids from GET /api/web-form/needs")
        @NotEmpty(message = "Choose at least one thing they need help with")
        @Size(max = 20, message = "At most 20 needs in one request") @Valid List<Need> needs,
        @Schema(description = "Anything that makes them more vulnerable") Set<Vulnerability> vulnerabilities,
        @Schema(description = "Who supports them now; no one if not given") SupportNow supportNow,
        @Schema(description = "Children under 18 in the household")
        @Min(value = 0, message = "Children cannot be negative")
        @Max(value = 30, message = "At most 30 children") Integer children,
        @Schema(description = "Someone asking for the resident, if not the resident") @Valid OnBehalf onBehalf,
        @Schema(description = "Anything else they want to tell us") @Size(max = 600, message = "At most 600 characters") String message,
        @Schema(description = "They agree to the council holding their details to help them")
        @NotNull(message = "The council can only help if they agree to it holding their details")
        @AssertTrue(message = "The council can only help if they agree to it holding their details")
        Boolean consentToHold,
        @Schema(description = "They agree to the council sharing their details with partner organisations")
        Boolean consentToShare) {

    /** One need: its type, and when it is needed for types that ask (such as prescriptions). */
    public record Need(@NotNull(message = "Choose the need") Long needTypeId, WhenNeeded whenNeeded,
            @Size(max = 300, message = "At most 300 characters") String detail) {
    }

    ResidentDetails residentDetails() {
        return new ResidentDetails(firstName, lastName, dateOfBirth, addressLine1, addressLine2, town, postcode, null,
                phone, null, email, preferredContact == null ? ContactMethod.PHONE : preferredContact, null, false, 1,
                children == null ? 0 : children, vulnerabilities, null, null, Boolean.TRUE.equals(consentToHold),
                Boolean.TRUE.equals(consentToShare));
    }

    List<NeedInput> needInputs() {
        List<NeedInput> inputs = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            Need n = needs.get(i);
            String detail = n.detail();
            if (i == 0 && message != null && !message.isBlank()) {
                detail = (detail == null || detail.isBlank() ? "" : detail + " · ") + "From the web form: " + message;
            }
            inputs.add(new NeedInput(n.needTypeId(), n.whenNeeded(), detail));
        }
        return inputs;
    }

    OnBehalf onBehalfOf() {
        return onBehalf != null && onBehalf.present() ? onBehalf : null;
    }
}
