package org.hubline.volunteers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo volunteers (made-up people) for the North, Central and South hubs, including one whose
 * DBS check has expired and one who is paused, so allocation has something to explain. Only when
 * there are no volunteers yet; never in production.
 */
@Component
@ConditionalOnProperty(name = "hubline.demo-data.enabled", havingValue = "true")
@Order(40)
class DemoVolunteers implements ApplicationRunner {

    private final VolunteerRepository volunteers;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoVolunteers(VolunteerRepository volunteers, JdbcClient jdbc, Clock clock) {
        this.volunteers = volunteers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (volunteers.count() > 0) {
            return;
        }
        long north = hub("NORTH");
        long central = hub("CENTRAL");
        long south = hub("SOUTH");
        LocalDate today = LocalDate.now(clock);
        Set<Availability> always = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                always.add(new Availability(day, part));
            }
        }
        Set<Availability> weekdayMornings = new HashSet<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdayMornings.add(new Availability(day, PartOfDay.MORNING));
        }
        save(new VolunteerDetails("Sam", "Shopper", "07700 900201", "sam@example.com", "5 Volunteer Row", "OL2 8ZP",
                "E05014661", null, Set.of(north, central), Set.of("SHOPPING", "DRIVING", "ERRANDS"), always, List.of(),
                DbsLevel.BASIC, today.minusYears(1), false, today.plusYears(2), true, true, 3,
                VolunteerStatus.ACTIVE, true));
        save(new VolunteerDetails("Priya", "Prescriptions", "07700 900202", null, null, null, "E05014650", "Urdu",
                Set.of(north, central), Set.of("PRESCRIPTIONS", "SHOPPING", "BEFRIENDING_PHONE"), weekdayMornings,
                List.of(), DbsLevel.ENHANCED, today.minusMonths(6), true, null, true, true, 2, VolunteerStatus.ACTIVE,
                true));
        save(new VolunteerDetails("Eddie", "Expired", "07700 900203", null, null, null, "E05014661", null,
                Set.of(north, central), Set.of("SHOPPING", "PRESCRIPTIONS"), always, List.of(), DbsLevel.BASIC,
                today.minusYears(4), false, today.minusMonths(2), true, true, 3, VolunteerStatus.ACTIVE, true));
        save(new VolunteerDetails("Paula", "Paused", "07700 900204", null, null, null, null, null,
                Set.of(north, central), Set.of("SHOPPING", "DOG_WALKING"), always, List.of(), DbsLevel.BASIC,
                today.minusYears(1), false, today.plusDays(20), true, false, 1, VolunteerStatus.PAUSED, true));
        save(new VolunteerDetails("Stella", "South", "07700 900205", null, null, null, "E05014652", null,
                Set.of(south), Set.of("SHOPPING", "BEFRIENDING_VISIT", "BEFRIENDING_PHONE"), always, List.of(),
                DbsLevel.ENHANCED, today.minusMonths(3), false, today.plusYears(3), true, true, 2,
                VolunteerStatus.ACTIVE, true));
    }

    private void save(VolunteerDetails details) {
        volunteers.save(Volunteer.create(details, clock.instant()));
    }

    private long hub(String code) {
        return jdbc.sql("SELECT id FROM hub WHERE code = :c").param("c", code).query(Long.class).single();
    }
}
