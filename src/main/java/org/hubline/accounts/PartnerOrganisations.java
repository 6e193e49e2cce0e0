package org.hubline.accounts;

import java.util.List;
import java.util.Optional;

/**
 * What accounts needs to know about VCS partner organisations, provided by the module that
 * owns them (referrals). Declared here so accounts does not depend on that module.
 */
public interface PartnerOrganisations {

    List<PartnerOrganisationRef> all();

    Optional<PartnerOrganisationRef> find(long id);
}
