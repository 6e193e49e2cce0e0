/**
 * Referrals: the voluntary, community and faith (VCS) partner organisations, and (as it grows)
 * their services, referral pathways and closed-loop referrals with the partner portal.
 */
package org.hubline.referrals;
