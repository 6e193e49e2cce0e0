package org.hubline.intake;

import jakarta.validation.constraints.Size;

/** Someone calling for the resident: who they are to them, and whether the resident agreed. */
public record OnBehalf(@Size(max = 200, message = "At most 200 characters") String name,
        @Size(max = 100, message = "At most 100 characters") String relationship, String phone,
        boolean hasResidentsConsent) {

    public boolean present() {
        return name != null && !name.isBlank();
    }
}
