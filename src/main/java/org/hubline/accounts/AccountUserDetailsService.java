package org.hubline.accounts;

import java.util.List;

import org.hubline.places.HubDirectory;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.security.SignedInUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for sign-in, with the hubs and partner organisation their data is scoped to. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final HubDirectory hubDirectory;
    private final PartnerOrganisations partnerOrganisations;

    AccountUserDetailsService(UserAccountRepository accounts, HubDirectory hubDirectory,
            PartnerOrganisations partnerOrganisations) {
        this.accounts = accounts;
        this.hubDirectory = hubDirectory;
        this.partnerOrganisations = partnerOrganisations;
    }

    @Override
    @Transactional(readOnly = true)
    public SignedInUser loadUserByUsername(String username) {
        UserAccount a = accounts.findByUsername(AccountRules.normaliseUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        List<HubRef> hubs = hubDirectory.hubs(a.hubIds()).stream().map(h -> new HubRef(h.id(), h.name())).toList();
        String partnerName = a.partnerOrganisationId() == null ? null
                : partnerOrganisations.find(a.partnerOrganisationId()).map(PartnerOrganisationRef::name).orElse(null);
        return new SignedInUser(a.id(), a.username(), a.displayName(), a.passwordHash(), a.enabled(),
                a.mustChangePassword(), a.roles(), hubs, a.partnerOrganisationId(), partnerName, a.version());
    }
}
