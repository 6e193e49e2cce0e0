package org.hubline.referrals;

/**
 * A VCS partner organisation: who it is (a charity or company number), how to reach it, where new
 * referrals are emailed, and whether it takes referrals now; {@code version} refuses a stale edit.
 */
public record Organisation(Long id, String name, String description, String website, String email,
        String referralEmail, boolean active, String registrationNumber, String phone, int version) {

    /** A new organisation, known by name only so far. */
    public static Organisation named(String name) {
        return new Organisation(null, name, null, null, null, null, true, null, null, 0);
    }

    public Organisation withReferralEmail(String referralEmail) {
        return new Organisation(id, name, description, website, email, referralEmail, active, registrationNumber,
                phone, version);
    }
}
