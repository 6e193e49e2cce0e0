package org.hubline.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.Role;
import org.hubline.shared.validation.Validation;
import org.springframework.stereotype.Component;

/** The rules a user's details must keep, beyond the field formats checked by Bean Validation. */
@Component
class AccountRules {

    private final Validation validation;
    private final HubDirectory hubDirectory;
    private final PartnerOrganisations partnerOrganisations;

    AccountRules(Validation validation, HubDirectory hubDirectory, PartnerOrganisations partnerOrganisations) {
        this.validation = validation;
        this.hubDirectory = hubDirectory;
        this.partnerOrganisations = partnerOrganisations;
    }

    static String normaliseUsername(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    Map<String, String> check(UserDetailsInput input) {
        Map<String, String> errors = validation.violations(input);
        Set<Long> knownHubs = hubDirectory.hubs().stream().map(Hub::id).collect(Collectors.toSet());
        if (!knownHubs.containsAll(input.hubIds())) {
            errors.put("hubIds", "Choose hubs from the list");
        }
        if (input.roles().contains(Role.HUB_COORDINATOR) && input.hubIds().isEmpty()) {
            errors.putIfAbsent("hubIds", "A hub coordinator needs at least one hub");
        }
        boolean partner = input.roles().contains(Role.PARTNER);
        if (partner && input.partnerOrganisationId() == null) {
            errors.put("partnerOrganisationId", "A partner user belongs to one partner organisation: choose it");
        } else if (!partner && input.partnerOrganisationId() != null) {
            errors.put("partnerOrganisationId", "Only users with the partner role belong to a partner organisation");
        } else if (partner && partnerOrganisations.find(input.partnerOrganisationId()).isEmpty()) {
            errors.put("partnerOrganisationId", "Choose a partner organisation from the list");
        }
        if (partner && input.roles().size() > 1) {
            errors.putIfAbsent("roles", "Partner staff cannot have council roles as well");
        }
        return errors;
    }
}
