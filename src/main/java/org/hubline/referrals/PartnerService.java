package org.hubline.referrals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Aggregate root: one partner service with its locations, areas, contacts, schedules and terms. */
@Table("partner_service")
class PartnerService {

    @Table("service_location")
    record Location(String name, @Column("address_1") String address1,
            String city, String postcode, String uprn) {
    }

    @Table("service_area")
    record Area(long hubId) {
    }

    @Table("service_contact")
    record Contact(String name, String title, String email, String phone, boolean published) {
    }

    @Table("service_schedule")
    record Schedule(String byday, String opensAt, String closesAt, String description) {
    }

    @Table("service_taxonomy")
    record Term(String needCategoryCode) {
    }

    @Id
    private Long id;
    /** The id it is published under (a UUID); the internal id is never published. */
    private String publicId;
    /** The feed it was read from, and its id there; both null for the council's own services. */
    private Long feedId;
    private String feedServiceId;
    private Long organisationId;
    private String name;
    private String description;
    private ServiceStatus status;
    private String url;
    private String email;
    private String phone;
    private String eligibilityDescription;
    private Integer minimumAge;
    private Integer maximumAge;
    private String feesDescription;
    private String applicationProcess;
    private String languages;
    private Capacity capacity;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "service_id", keyColumn = "position")
    private List<Location> locations = new ArrayList<>();
    @MappedCollection(idColumn = "service_id")
    private Set<Area> areas = new HashSet<>();
    @MappedCollection(idColumn = "service_id", keyColumn = "position")
    private List<Contact> contacts = new ArrayList<>();
    @MappedCollection(idColumn = "service_id", keyColumn = "position")
    private List<Schedule> schedules = new ArrayList<>();
    @MappedCollection(idColumn = "service_id")
    private Set<Term> terms = new HashSet<>();

    PartnerService() {
    }

    /** A service read from another publisher's feed, known there as {@code feedServiceId}. */
    static PartnerService fromFeed(long feedId, String feedServiceId, ServiceDetails details, Instant now) {
        PartnerService s = create(details, now);
        s.feedId = feedId;
        s.feedServiceId = feedServiceId;
        return s;
    }

    static PartnerService create(ServiceDetails details, Instant now) {
        PartnerService s = new PartnerService();
        s.publicId = UUID.randomUUID().toString();
        s.describe(details, now);
        return s;
    }

    void describe(ServiceDetails d, Instant now) {
        organisationId = d.organisationId();
        name = d.name().trim();
        description = d.description();
        status = d.status();
        url = d.url();
        email = d.email();
        phone = d.phone();
        eligibilityDescription = d.eligibilityDescription();
        minimumAge = d.minimumAge();
        maximumAge = d.maximumAge();
        feesDescription = d.feesDescription();
        applicationProcess = d.applicationProcess();
        languages = d.languages();
        capacity = d.capacity();
        locations = d.locations().stream().map(l -> new Location(l.name(), l.address1(), l.city(), l.postcode(),
                l.uprn())).collect(Collectors.toCollection(ArrayList::new));
        areas = d.hubIds().stream().map(Area::new).collect(Collectors.toCollection(HashSet::new));
        contacts = d.contacts().stream()
                .map(c -> new Contact(c.name(), c.title(), c.email(), c.phone(), c.published()))
                .collect(Collectors.toCollection(ArrayList::new));
        schedules = d.schedules().stream().map(x -> new Schedule(x.byday(), x.opensAt(), x.closesAt(),
                x.description())).collect(Collectors.toCollection(ArrayList::new));
        terms = d.needCategories().stream().map(Term::new).collect(Collectors.toCollection(HashSet::new));
        updatedAt = now;
    }

    ServiceDetails details() {
        return new ServiceDetails(organisationId, name, description, status, url, email, phone,
                eligibilityDescription, minimumAge, maximumAge, feesDescription, applicationProcess, languages,
                capacity,
                locations.stream().map(l -> new ServiceDetails.Location(l.name(), l.address1(), l.city(),
                        l.postcode(), l.uprn())).toList(),
                areas.stream().map(Area::hubId).collect(Collectors.toSet()),
                contacts.stream().map(c -> new ServiceDetails.Contact(c.name(), c.title(), c.email(), c.phone(),
                        c.published())).toList(),
                schedules.stream().map(x -> new ServiceDetails.Schedule(x.byday(), x.opensAt(), x.closesAt(),
                        x.description())).toList(),
                terms.stream().map(Term::needCategoryCode).collect(Collectors.toSet()));
    }

    Long id() {
        return id;
    }

    String publicId() {
        return publicId;
    }

    Long feedId() {
        return feedId;
    }

    int version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
