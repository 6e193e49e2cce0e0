package org.hubline.referrals;

/** Copies of a service's details with one thing changed, for imports and feeds. */
final class ImportRows {

    private ImportRows() {
    }

    static ServiceDetails withOrganisation(ServiceDetails d, Long organisationId) {
        return new ServiceDetails(organisationId, d.name(), d.description(), d.status(), d.url(), d.email(), d.phone(),
                d.eligibilityDescription(), d.minimumAge(), d.maximumAge(), d.feesDescription(),
                d.applicationProcess(), d.languages(), d.capacity(), d.locations(), d.hubIds(), d.contacts(),
                d.schedules(), d.needCategories());
    }

    static ServiceDetails withStatus(ServiceDetails d, ServiceStatus status) {
        return new ServiceDetails(d.organisationId(), d.name(), d.description(), status, d.url(), d.email(),
                d.phone(), d.eligibilityDescription(), d.minimumAge(), d.maximumAge(), d.feesDescription(),
                d.applicationProcess(), d.languages(), d.capacity(), d.locations(), d.hubIds(), d.contacts(),
                d.schedules(), d.needCategories());
    }
}
