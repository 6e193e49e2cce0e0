package org.hubline.bench;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.hubline.intake.CallDetails;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.LogCall;
import org.hubline.intake.NeedInput;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedType;
import org.hubline.intake.RoutingChoice;
import org.hubline.intake.SupportNow;
import org.hubline.intake.WhenNeeded;
import org.hubline.residents.ContactMethod;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.MatchRules;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Intake benchmark (not a test): loads a register of synthetic residents and a history of calls
 * into the real database, then times, server-side, (1) finding likely residents as a handler
 * types and (2) a whole call — find the returning resident, log the call with three needs,
 * route it — with many handlers at once. Run with
 * {@code ./mvnw -q test-compile exec:java -Dvaadin.skip -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hubline.bench.IntakeBenchmark
 * -Dexec.args="h2|postgres [residents] [calls] [handlers] [callsPerHandler] [thinkMillis]"}.
 */
public final class IntakeBenchmark {

    private static final String[] POSTCODES = {"OL2 9ZP", "OL1 9ZE", "OL9 9ZB", "M35 9ZG", "OL2 9ZK", "OL8 9ZA"};

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int residents = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int handlers = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int perHandler = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int think = args.length > 5 ? Integer.parseInt(args[5]) : 1_000;

        try (ConfigurableApplicationContext app = BenchApp.start(database, "intakebench",
                "--spring.datasource.hikari.maximum-pool-size=20")) {
            SyntheticResidents data = new SyntheticResidents(2020);
            List<SyntheticResidents.Person> register = data.register(residents);
            long start = System.nanoTime();
            List<Long> ids = load(app.getBean(JdbcTemplate.class), register, calls);
            System.out.printf("[%s] loaded %,d residents and %,d calls in %.0f s%n", database, register.size(), calls,
                    (System.nanoTime() - start) / 1e9);

            BenchApp.signIn(app, "handler");
            Residents finder = app.getBean(Residents.class);
            List<SyntheticResidents.Caller> callers = data.callers(register, 3_000);
            for (int i = 0; i < 500; i++) {
                finder.findMatches(callers.get(i).told().query(), 5);
            }
            long[] lookups = new long[callers.size() - 500];
            for (int i = 500; i < callers.size(); i++) {
                long t = System.nanoTime();
                finder.findMatches(callers.get(i).told().query(), 5);
                lookups[i - 500] = System.nanoTime() - t;
            }
            BenchApp.report("[" + database + "] candidate lookup, one handler", lookups);

            runHandlers(app, database, register, ids, handlers, perHandler, think);
        }
        System.exit(0);
    }

    private static void runHandlers(ConfigurableApplicationContext app, String database,
            List<SyntheticResidents.Person> register, List<Long> ids, int handlers, int perHandler, int think)
            throws InterruptedException {
        CallIntake intake = app.getBean(CallIntake.class);
        BenchApp.signIn(app, "handler");
        List<NeedType> types = app.getBean(NeedTaxonomy.class).activeTypes();
        NeedType medicines = types.stream().filter(NeedType::asksWhenNeeded).findFirst().orElseThrow();
        List<NeedType> others = types.stream().filter(t -> !t.asksWhenNeeded()).toList();
        ConcurrentLinkedQueue<Long> timings = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(handlers);
        CountDownLatch done = new CountDownLatch(handlers);
        long wall = System.nanoTime();
        for (int h = 0; h < handlers; h++) {
            int seed = h;
            pool.execute(() -> {
                BenchApp.signIn(app, "handler");
                Random random = new Random(seed);
                try {
                    for (int i = 0; i < perHandler; i++) {
                        if (think > 0) {
                            Thread.sleep(think / 2 + random.nextInt(think));
                        }
                        SyntheticResidents.Person p = register.get(random.nextInt(register.size()));
                        long t = System.nanoTime();
                        try {
                            List<ResidentMatch> found = intake.findResidents(new MatchQuery(p.first(), p.last(),
                                    p.dob(), p.phone(), null, null, null, null));
                            ResidentRecord existing = found.isEmpty() ? null
                                    : intake.resident(found.get(0).residentId());
                            ResidentDetails details = existing != null ? existing.details()
                                    : new ResidentDetails(p.first(), p.last(), p.dob(), "1 Bench Street", null, null,
                                            POSTCODES[random.nextInt(POSTCODES.length)], null, p.phone(), null, null,
                                            ContactMethod.PHONE, null, false, 1, 0, Set.of(), null, null, true, false);
                            intake.logCall(new LogCall(existing, details, RoutingChoice.byPostcode(), List.of(
                                    new NeedInput(medicines.id(), WhenNeeded.TOMORROW, null),
                                    new NeedInput(others.get(random.nextInt(others.size())).id(), null, null),
                                    new NeedInput(others.get(random.nextInt(others.size())).id(), null, "bench")),
                                    SupportNow.FAMILY_OR_FRIENDS, null, null, random.nextBoolean(),
                                    CallDetails.inboundPhone(CallOutcome.SPOKE_COMPLETE, "Benchmark call"), null));
                            timings.add(System.nanoTime() - t);
                        } catch (RuntimeException e) {
                            failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - wall) / 1e9;
        long[] all = timings.stream().mapToLong(Long::longValue).toArray();
        BenchApp.report("[" + database + "] find + log a call with 3 needs + route, " + handlers + " handlers, think "
                + think + " ms", all);
        System.out.printf("    %,d calls in %.1f s = %.1f calls/s; %d failed%s%n", all.length, seconds,
                all.length / seconds, failures.size(), failures.isEmpty() ? "" : " (first: " + failures.peek() + ")");
    }

    /** Bulk-loads residents with their match keys, and calls spread over them; returns resident ids. */
    static List<Long> load(JdbcTemplate jdbc, List<SyntheticResidents.Person> register, int calls) {
        long hub = jdbc.queryForObject("SELECT id FROM hub WHERE code = 'NORTH'", Long.class);
        long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM resident", Long.class) + 1;
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T10:00:00Z"));
        List<Object[]> residents = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        long id = first;
        for (SyntheticResidents.Person p : register) {
            residents.add(new Object[] {id, p.first(), p.last(), Date.valueOf(p.dob()), p.postcode(), p.uprn(),
                    p.phone(), p.email(), hub, now, now});
            for (String key : MatchRules.indexKeys(p.query())) {
                keys.add(new Object[] {id, key});
            }
            ids.add(id++);
            if (residents.size() == 5_000) {
                flush(jdbc, residents, keys);
            }
        }
        flush(jdbc, residents, keys);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sequences WHERE sequence_name = "
                + "'resident_id_seq'", Integer.class) > 0) {
            jdbc.execute("SELECT setval('resident_id_seq', " + id + ")");
        } else {
            jdbc.execute("ALTER TABLE resident ALTER COLUMN id RESTART WITH " + id);
        }
        Random random = new Random(1);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            rows.add(new Object[] {ids.get(random.nextInt(ids.size())),
                    Timestamp.from(Instant.parse("2020-03-23T09:00:00Z").plusSeconds(random.nextInt(200_000_000)))});
            if (rows.size() == 10_000) {
                jdbc.batchUpdate("INSERT INTO call_record (resident_id, direction, channel, occurred_at, handler, outcome)"
                        + " VALUES (?, 'INBOUND', 'PHONE', ?, 'handler', 'SPOKE_COMPLETE')", rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO call_record (resident_id, direction, channel, occurred_at, handler, outcome)"
                    + " VALUES (?, 'INBOUND', 'PHONE', ?, 'handler', 'SPOKE_COMPLETE')", rows);
        }
        jdbc.execute(jdbc.getDataSource() != null && url(jdbc).startsWith("jdbc:postgresql") ? "ANALYZE" : "SELECT 1");
        return ids;
    }

    private static String url(JdbcTemplate jdbc) {
        try (var c = jdbc.getDataSource().getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> residents, List<Object[]> keys) {
        jdbc.batchUpdate("""
                INSERT INTO resident (id, first_name, last_name, date_of_birth, postcode, uprn, phone, email, hub_id,
                    preferred_contact, consent_to_hold, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PHONE', TRUE, ?, 'bench', ?, 'bench')""", residents);
        jdbc.batchUpdate("INSERT INTO resident_match_key (resident_id, match_key) VALUES (?, ?)", keys);
        residents.clear();
        keys.clear();
    }
}
