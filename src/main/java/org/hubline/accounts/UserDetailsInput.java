package org.hubline.accounts;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hubline.shared.security.Role;

/**
 * What an admin types to create a user or change one ({@code username} is only used on create).
 * Field names match the form's, so messages land next to the right field.
 */
public record UserDetailsInput(
        @NotBlank(message = "Enter a username")
        @Size(min = 3, max = 100, message = "A username is 3 to 100 characters")
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "Use letters, digits, dots, dashes, underscores or @ only")
        String username,
        @NotBlank(message = "Enter the person's name")
        @Size(max = 200, message = "A name is at most 200 characters")
        String displayName,
        @Email(message = "Enter an email address like name@example.org")
        @Size(max = 254, message = "An email address is at most 254 characters")
        String email,
        @NotEmpty(message = "Choose at least one role")
        Set<Role> roles,
        Set<Long> hubIds,
        Long partnerOrganisationId) {

    public UserDetailsInput {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        hubIds = hubIds == null ? Set.of() : Set.copyOf(hubIds);
        email = email == null || email.isBlank() ? null : email.trim();
        displayName = displayName == null ? null : displayName.trim();
        username = username == null ? null : username.trim();
    }
}
