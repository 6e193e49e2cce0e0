package org.hubline.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.RunAs;
import org.hubline.volunteers.Availability;
import org.hubline.volunteers.DbsLevel;
import org.hubline.volunteers.PartOfDay;
import org.hubline.volunteers.VolunteerDetails;
import org.hubline.volunteers.VolunteerRoster;
import org.hubline.volunteers.VolunteerStatus;
import org.springframework.stereotype.Component;

/**
 * Five made-up volunteers for the North, Central and South hubs, registered by those hubs'
 * coordinators: one whose DBS check has expired and one who is paused, so allocation has
 * something to explain. Only when the North Hub has no volunteers yet.
 */
@Component
@DemoOnly
class DemoVolunteers {

    private final VolunteerRoster roster;
    private final HubDirectory hubs;
    private final RunAs runAs;
    private final Clock clock;

    DemoVolunteers(VolunteerRoster roster, HubDirectory hubs, RunAs runAs, Clock clock) {
        this.roster = roster;
        this.hubs = hubs;
        this.runAs = runAs;
        this.clock = clock;
    }

    void addIfNone() {
        runAs.run(DemoAccounts.COORDINATOR, () -> {
            Map<String, Long> ids = hubs.hubs().stream().collect(Collectors.toMap(Hub::code, Hub::id));
            if (!roster.ofHub(ids.get("NORTH")).isEmpty()) {
                return;
            }
            addNorthAndCentral(Set.of(ids.get("NORTH"), ids.get("CENTRAL")));
            runAs.run(DemoAccounts.COORDINATOR_SOUTH, () -> addSouth(ids.get("SOUTH")));
        });
    }

    private void addNorthAndCentral(Set<Long> northAndCentral) {
        LocalDate today = LocalDate.now(clock);
        roster.register(new VolunteerDetails("Sam", "Shopper", "07700 900201", "sam@example.com", "5 Volunteer Row",
                "OL2 8ZP", "E05014661", null, northAndCentral, Set.of("SHOPPING", "DRIVING", "ERRANDS"), always(),
                List.of(), DbsLevel.BASIC, today.minusYears(1), false, today.plusYears(2), true, true, 3,
                VolunteerStatus.ACTIVE, true));
        roster.register(new VolunteerDetails("Priya", "Prescriptions", "07700 900202", null, null, null, "E05014650",
                "Urdu", northAndCentral, Set.of("PRESCRIPTIONS", "SHOPPING", "BEFRIENDING_PHONE"), weekdayMornings(),
                List.of(), DbsLevel.ENHANCED, today.minusMonths(6), true, null, true, true, 2, VolunteerStatus.ACTIVE,
                true));
        roster.register(new VolunteerDetails("Eddie", "Expired", "07700 900203", null, null, null, "E05014661", null,
                northAndCentral, Set.of("SHOPPING", "PRESCRIPTIONS"), always(), List.of(), DbsLevel.BASIC,
                today.minusYears(4), false, today.minusMonths(2), true, true, 3, VolunteerStatus.ACTIVE, true));
        roster.register(new VolunteerDetails("Paula", "Paused", "07700 900204", null, null, null, null, null,
                northAndCentral, Set.of("SHOPPING", "DOG_WALKING"), always(), List.of(), DbsLevel.BASIC,
                today.minusYears(1), false, today.plusDays(20), true, false, 1, VolunteerStatus.PAUSED, true));
    }

    private void addSouth(long south) {
        LocalDate today = LocalDate.now(clock);
        roster.register(new VolunteerDetails("Stella", "South", "07700 900205", null, null, null, "E05014652", null,
                Set.of(south), Set.of("SHOPPING", "BEFRIENDING_VISIT", "BEFRIENDING_PHONE"), always(), List.of(),
                DbsLevel.ENHANCED, today.minusMonths(3), false, today.plusYears(3), true, true, 2,
                VolunteerStatus.ACTIVE, true));
    }

    private static Set<Availability> always() {
        Set<Availability> slots = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                slots.add(new Availability(day, part));
            }
        }
        return slots;
    }

    private static Set<Availability> weekdayMornings() {
        Set<Availability> slots = new HashSet<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            slots.add(new Availability(day, PartOfDay.MORNING));
        }
        return slots;
    }
}
