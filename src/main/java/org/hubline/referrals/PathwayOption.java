package org.hubline.referrals;

/** A service a need could be referred to: from the pathway (in its order) or another that meets the need. */
public record PathwayOption(ServiceRecord service, boolean onPathway, int position) {
}
