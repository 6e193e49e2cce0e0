package org.hubline.referrals;

/**
 * What a referral would share with the partner, exactly as they would see it, and whether the
 * resident has consented to sharing.
 */
public record ReferralPreview(long needId, long residentId, String residentName, ServiceRecord service,
        String sharedDetails, boolean consentToShare) {
}
