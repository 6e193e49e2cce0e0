package org.hubline.accounts;

/** A partner organisation a partner user can belong to. */
public record PartnerOrganisationRef(long id, String name) {
}
