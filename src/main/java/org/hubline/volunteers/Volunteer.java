package org.hubline.volunteers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: one volunteer, with small child sets (hubs, skills, weekly availability, dates
 * away). The count of tasks they hold is kept by allocation with atomic updates, so saving the
 * volunteer never writes it.
 */
class Volunteer {

    @Table("volunteer_hub")
    record Hub(long hubId) {
    }

    @Table("volunteer_skill")
    record SkillCode(String skillCode) {
    }

    @Table("volunteer_availability")
    record Slot(int dayOfWeek, PartOfDay partOfDay) {
    }

    @Table("volunteer_away")
    record AwayDates(LocalDate fromDate, LocalDate toDate) {
    }

    @Id
    private Long id;
    private String firstName;
    private String lastName;
    private String phone;
    private String email;
    private String addressLine1;
    private String postcode;
    private String homeWardCode;
    private String languages;
    private DbsLevel dbsLevel;
    private LocalDate dbsCertificateDate;
    private boolean dbsUpdateService;
    private LocalDate dbsRenewalDue;
    private boolean idChecked;
    private boolean trainingCompleted;
    private int maxTasks;
    @ReadOnlyProperty
    private int activeTasks;
    private VolunteerStatus status;
    private boolean consentToHold;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "volunteer_id")
    private Set<Hub> hubs = new HashSet<>();
    @MappedCollection(idColumn = "volunteer_id")
    private Set<SkillCode> skills = new HashSet<>();
    @MappedCollection(idColumn = "volunteer_id")
    private Set<Slot> availability = new HashSet<>();
    @MappedCollection(idColumn = "volunteer_id")
    private Set<AwayDates> away = new HashSet<>();

    Volunteer() {
    }

    static Volunteer create(VolunteerDetails d, Instant now) {
        Volunteer v = new Volunteer();
        v.createdAt = now;
        v.describe(d, now);
        return v;
    }

    void describe(VolunteerDetails d, Instant now) {
        firstName = d.firstName().trim();
        lastName = d.lastName().trim();
        phone = d.phone();
        email = d.email();
        addressLine1 = d.addressLine1();
        postcode = d.postcode();
        homeWardCode = d.homeWardCode();
        languages = d.languages();
        dbsLevel = d.dbsLevel();
        dbsCertificateDate = d.dbsCertificateDate();
        dbsUpdateService = d.dbsUpdateService();
        dbsRenewalDue = d.dbsRenewalDue();
        idChecked = d.idChecked();
        trainingCompleted = d.trainingCompleted();
        maxTasks = d.maxTasks();
        status = d.status();
        consentToHold = d.consentToHold();
        hubs = d.hubIds().stream().map(Hub::new).collect(Collectors.toCollection(HashSet::new));
        skills = d.skills().stream().map(SkillCode::new).collect(Collectors.toCollection(HashSet::new));
        availability = d.availability().stream().map(a -> new Slot(a.day().getValue(), a.part()))
                .collect(Collectors.toCollection(HashSet::new));
        away = d.away().stream().map(a -> new AwayDates(a.from(), a.to()))
                .collect(Collectors.toCollection(HashSet::new));
        updatedAt = now;
    }

    VolunteerDetails details() {
        return new VolunteerDetails(firstName, lastName, phone, email, addressLine1, postcode, homeWardCode, languages,
                hubs.stream().map(Hub::hubId).collect(Collectors.toSet()),
                skills.stream().map(SkillCode::skillCode).collect(Collectors.toSet()),
                availability.stream().map(s -> new Availability(DayOfWeek.of(s.dayOfWeek()), s.partOfDay()))
                        .collect(Collectors.toSet()),
                away.stream().map(a -> new Away(a.fromDate(), a.toDate()))
                        .sorted(Comparator.comparing(Away::from)).toList(),
                dbsLevel, dbsCertificateDate, dbsUpdateService, dbsRenewalDue, idChecked, trainingCompleted, maxTasks,
                status, consentToHold);
    }

    VolunteerRecord toRecord() {
        return new VolunteerRecord(id, details(), activeTasks, version);
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    Set<Long> hubIds() {
        return hubs.stream().map(Hub::hubId).collect(Collectors.toSet());
    }
}
