package org.hubline.test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hubline.volunteers.Availability;
import org.hubline.volunteers.DbsLevel;
import org.hubline.volunteers.PartOfDay;
import org.hubline.volunteers.VolunteerDetails;
import org.hubline.volunteers.VolunteerStatus;

/**
 * Volunteers for tests, read as a sentence: {@code aVolunteer().called("Eddie", "Lapsed").forHub(north)
 * .doing("SHOPPING").freeAnyTime().withBasicDbs(certificate, renewalDue).build()}. Anything not
 * said is as a coordinator would record a new volunteer: a mobile number of their own, active, ID
 * checked and trained, two tasks at a time, no DBS check, consenting to their details being held.
 */
public final class VolunteerBuilder {

    private String firstName = "Test";
    private String lastName = "Volunteer";
    private String phone = Unique.phone();
    private String homeWardCode;
    private Set<Long> hubIds = Set.of();
    private Set<String> skills = Set.of();
    private Set<Availability> availability = Set.of();
    private DbsLevel dbsLevel = DbsLevel.NONE;
    private LocalDate dbsCertificateDate;
    private LocalDate dbsRenewalDue;
    private int maxTasks = 2;
    private VolunteerStatus status = VolunteerStatus.ACTIVE;

    private VolunteerBuilder() {
    }

    public static VolunteerBuilder aVolunteer() {
        return new VolunteerBuilder();
    }

    public VolunteerBuilder called(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public VolunteerBuilder phone(String phone) {
        this.phone = phone;
        return this;
    }

    /** Lives in the ward (its ONS code): suggested first for residents of the same ward. */
    public VolunteerBuilder livingIn(String wardCode) {
        this.homeWardCode = wardCode;
        return this;
    }

    public VolunteerBuilder forHub(long... hubs) {
        Set<Long> ids = new HashSet<>();
        for (long hub : hubs) {
            ids.add(hub);
        }
        this.hubIds = ids;
        return this;
    }

    public VolunteerBuilder doing(String... skillCodes) {
        this.skills = Set.of(skillCodes);
        return this;
    }

    /** Free every day, morning, afternoon and evening. */
    public VolunteerBuilder freeAnyTime() {
        Set<Availability> slots = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                slots.add(new Availability(day, part));
            }
        }
        this.availability = slots;
        return this;
    }

    public VolunteerBuilder withDbs(DbsLevel level, LocalDate certificate, LocalDate renewalDue) {
        this.dbsLevel = level;
        this.dbsCertificateDate = certificate;
        this.dbsRenewalDue = renewalDue;
        return this;
    }

    public VolunteerBuilder takingAtMost(int tasks) {
        this.maxTasks = tasks;
        return this;
    }

    public VolunteerBuilder paused() {
        this.status = VolunteerStatus.PAUSED;
        return this;
    }

    public VolunteerDetails build() {
        return new VolunteerDetails(firstName, lastName, phone, null, null, null, homeWardCode, null, hubIds, skills,
                availability, List.of(), dbsLevel, dbsCertificateDate, false, dbsRenewalDue, true, true, maxTasks,
                status, true);
    }
}
