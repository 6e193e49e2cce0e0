package org.hubline.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.hubline.intake.CallDetails;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.LogCall;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedInput;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.RoutingChoice;
import org.hubline.intake.SupportNow;
import org.hubline.residents.ContactMethod;
import org.hubline.residents.ResidentDetails;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.Suggestion;
import org.hubline.volunteers.TaskSummary;
import org.hubline.volunteers.TaskType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Allocation benchmark (not a test): loads volunteers into one hub (varied skills, availability,
 * DBS levels and dates, statuses, loads and dates away), then times ranked suggestions for a
 * task. Run with {@code ./mvnw -q test-compile exec:java -Dvaadin.skip -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hubline.bench.SuggestionsBenchmark -Dexec.args="h2|postgres [volunteers] [lookups]"}.
 */
public final class SuggestionsBenchmark {

    private static final String[] SKILLS = {"DRIVING", "SHOPPING", "PRESCRIPTIONS", "BEFRIENDING_PHONE",
            "BEFRIENDING_VISIT", "DOG_WALKING", "FORM_FILLING", "ERRANDS"};
    private static final String[] PARTS = {"MORNING", "AFTERNOON", "EVENING"};
    private static final String[] LEVELS = {"NONE", "BASIC", "STANDARD", "ENHANCED"};
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PAUSED", "APPLICANT"};

    private SuggestionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        try (ConfigurableApplicationContext app = BenchApp.start(database, "suggestbench")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long hub = jdbc.queryForObject("SELECT id FROM hub WHERE code = 'NORTH'", Long.class);
            long start = System.nanoTime();
            load(jdbc, hub, count);
            System.out.printf("[%s] loaded %,d volunteers into the North hub in %.1f s%n", database, count,
                    (System.nanoTime() - start) / 1e9);

            BenchApp.signIn(app, "handler");
            LoggedCall call = app.getBean(CallIntake.class).logCall(new LogCall(null, new ResidentDetails("Bench",
                    "Resident", LocalDate.of(1950, 1, 1), "1 Bench Street", null, null, "OL2 9ZP", null, "07700900000",
                    null, null, ContactMethod.PHONE, null, false, 1, 0, Set.of(), null, null, true, false),
                    RoutingChoice.byPostcode(), List.of(new NeedInput(app.getBean(NeedTaxonomy.class).activeTypes()
                            .stream().filter(t -> t.name().equals("Shopping")).findFirst().orElseThrow().id(), null,
                            null)), SupportNow.NONE, null, null, false,
                    CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "bench"), null));
            BenchApp.signIn(app, "coordinator");
            HubTasks tasks = app.getBean(HubTasks.class);
            Instant due = LocalDateTime.of(LocalDate.now().plusDays(1), LocalTime.of(10, 0))
                    .atZone(ZoneId.of("Europe/London")).toInstant();
            TaskSummary task = tasks.createTask(call.needs().get(0).id(), TaskType.SHOPPING, due, null);
            for (int i = 0; i < 200; i++) {
                tasks.suggest(task.id());
            }
            long[] nanos = new long[lookups];
            List<Suggestion> last = List.of();
            for (int i = 0; i < lookups; i++) {
                long t = System.nanoTime();
                last = tasks.suggest(task.id());
                nanos[i] = System.nanoTime() - t;
            }
            long eligible = last.stream().filter(s -> !s.excluded()).count();
            BenchApp.report("[" + database + "] ranked suggestions among " + last.size() + " volunteers ("
                    + eligible + " eligible)", nanos);
        }
        System.exit(0);
    }

    private static void load(JdbcTemplate jdbc, long hub, int count) {
        Random random = new Random(5);
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM volunteer", Long.class) + 1;
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> volunteers = new ArrayList<>();
        List<Object[]> hubs = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        List<Object[]> slots = new ArrayList<>();
        List<Object[]> away = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            String level = LEVELS[random.nextInt(LEVELS.length)];
            LocalDate certificate = LocalDate.now().minusDays(random.nextInt(1500));
            int max = 1 + random.nextInt(4);
            volunteers.add(new Object[] {id, "Vol" + id, "Bench", "07700" + (100_000 + id), level,
                    level.equals("NONE") ? null : Date.valueOf(certificate),
                    level.equals("NONE") ? null : Date.valueOf(certificate.plusYears(3)), random.nextInt(10) > 0,
                    random.nextBoolean(), max, random.nextInt(max + 1), STATUSES[random.nextInt(STATUSES.length)],
                    random.nextInt(20) > 0, "E050146" + (46 + random.nextInt(20)), now, now});
            hubs.add(new Object[] {id, hub});
            for (String skill : SKILLS) {
                if (random.nextInt(3) == 0) {
                    skills.add(new Object[] {id, skill});
                }
            }
            for (int day = 1; day <= 7; day++) {
                for (String part : PARTS) {
                    if (random.nextInt(3) == 0) {
                        slots.add(new Object[] {id, day, part});
                    }
                }
            }
            if (random.nextInt(10) == 0) {
                LocalDate from = LocalDate.now().plusDays(random.nextInt(30));
                away.add(new Object[] {id, Date.valueOf(from), Date.valueOf(from.plusDays(random.nextInt(14)))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO volunteer (id, first_name, last_name, phone, dbs_level, dbs_certificate_date,
                    dbs_renewal_due, id_checked, training_completed, max_tasks, active_tasks, status, consent_to_hold,
                    home_ward_code, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", volunteers);
        jdbc.batchUpdate("INSERT INTO volunteer_hub (volunteer_id, hub_id) VALUES (?, ?)", hubs);
        jdbc.batchUpdate("INSERT INTO volunteer_skill (volunteer_id, skill_code) VALUES (?, ?)", skills);
        jdbc.batchUpdate("INSERT INTO volunteer_availability (volunteer_id, day_of_week, part_of_day) VALUES (?, ?, ?)",
                slots);
        jdbc.batchUpdate("INSERT INTO volunteer_away (volunteer_id, from_date, to_date) VALUES (?, ?, ?)", away);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sequences WHERE sequence_name = "
                + "'volunteer_id_seq'", Integer.class) > 0) {
            jdbc.execute("SELECT setval('volunteer_id_seq', " + (first + count) + ")");
        } else {
            jdbc.execute("ALTER TABLE volunteer ALTER COLUMN id RESTART WITH " + (first + count));
        }
    }
}
