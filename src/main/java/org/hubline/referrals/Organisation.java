package org.hubline.referrals;

/** A VCS partner organisation. */
public record Organisation(Long id, String name, String description, String website, String email,
        String referralEmail, boolean active) {
}
