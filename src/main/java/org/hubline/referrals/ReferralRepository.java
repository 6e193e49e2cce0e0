package org.hubline.referrals;

import org.springframework.data.repository.CrudRepository;

interface ReferralRepository extends CrudRepository<Referral, Long> {
}
