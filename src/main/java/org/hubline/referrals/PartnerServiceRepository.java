package org.hubline.referrals;

import org.springframework.data.repository.ListCrudRepository;

interface PartnerServiceRepository extends ListCrudRepository<PartnerService, Long> {
}
