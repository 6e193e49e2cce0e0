package org.hubline.residents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** Aggregate root: one resident. Vulnerability flags are a small child set. */
class Resident {

    @Id
    private Long id;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String uprn;
    private String wardCode;
    private Long hubId;
    private String phone;
    private String otherPhone;
    private String email;
    private ContactMethod preferredContact;
    private String language;
    private boolean interpreterNeeded;
    private int adults;
    private int children;
    private String gpSurgery;
    private String pharmacy;
    private boolean consentToHold;
    private boolean consentToShare;
    private Long mergedIntoId;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "resident_id")
    private Set<ResidentVulnerability> vulnerabilities = new HashSet<>();
    private String supportNote;
    @MappedCollection(idColumn = "resident_id")
    private Set<ResidentSupportNeed> supportNeeds = new HashSet<>();

    Resident() {
    }

    static Resident create(ResidentDetails details, Placement placement, String by, Instant now) {
        Resident r = new Resident();
        r.createdAt = now;
        r.createdBy = by;
        r.describe(details, placement, by, now);
        return r;
    }

    /** Takes the (already validated and normalised) details and where routing placed them. */
    void describe(ResidentDetails d, Placement placement, String by, Instant now) {
        firstName = d.firstName().trim();
        lastName = d.lastName().trim();
        dateOfBirth = d.dateOfBirth();
        addressLine1 = d.addressLine1();
        addressLine2 = d.addressLine2();
        town = d.town();
        postcode = d.postcode();
        uprn = d.uprn();
        phone = d.phone();
        otherPhone = d.otherPhone();
        email = d.email();
        preferredContact = d.preferredContact();
        language = d.language();
        interpreterNeeded = d.interpreterNeeded();
        adults = d.adults();
        children = d.children();
        gpSurgery = d.gpSurgery();
        pharmacy = d.pharmacy();
        consentToHold = d.consentToHold();
        consentToShare = d.consentToShare();
        vulnerabilities = d.vulnerabilities().stream().map(ResidentVulnerability::new)
                .collect(Collectors.toCollection(HashSet::new));
        supportNeeds = d.supportNeeds().stream().map(ResidentSupportNeed::new)
                .collect(Collectors.toCollection(HashSet::new));
        supportNote = d.supportNote() == null || d.supportNote().isBlank() ? null : d.supportNote().trim();
        wardCode = placement.wardCode();
        hubId = placement.hubId();
        updatedAt = now;
        updatedBy = by;
    }

    void mergeInto(Long survivorId, String by, Instant now) {
        mergedIntoId = survivorId;
        updatedAt = now;
        updatedBy = by;
    }

    ResidentDetails details() {
        return new ResidentDetails(firstName, lastName, dateOfBirth, addressLine1, addressLine2, town, postcode, uprn,
                phone, otherPhone, email, preferredContact, language, interpreterNeeded, adults, children,
                vulnerabilities.stream().map(ResidentVulnerability::flag).collect(Collectors.toSet()), gpSurgery,
                pharmacy, consentToHold, consentToShare,
                supportNeeds.stream().map(ResidentSupportNeed::need).collect(Collectors.toSet()), supportNote);
    }

    ResidentRecord toRecord() {
        return new ResidentRecord(id, details(), wardCode, hubId, createdAt, createdBy, updatedAt, updatedBy,
                version);
    }

    Long id() {
        return id;
    }

    Long hubId() {
        return hubId;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }

    int version() {
        return version;
    }
}
