package org.hubline.bench;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hubline.residents.ResidentSearch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resident search benchmark (not a test): loads a register of synthetic residents with their
 * match keys into the real database, then times, server-side, the searches a handler types —
 * a surname, the start of a surname with a first name, a surname with a date of birth, a phone
 * number, a postcode with a surname, and a full name mistyped — each ranked and paged as the
 * search screen asks for its first page. Run with
 * {@code ./mvnw -q test-compile exec:java -Dvaadin.skip -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hubline.bench.SearchBenchmark -Dexec.args="h2|postgres [residents] [searches]"}.
 */
public final class SearchBenchmark {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "postgres";
        int residents = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;
        int searches = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
        try (ConfigurableApplicationContext app = BenchApp.start(database, "searchbench")) {
            SyntheticResidents data = new SyntheticResidents(2020);
            List<SyntheticResidents.Person> register = data.register(residents);
            long start = System.nanoTime();
            IntakeBenchmark.load(app.getBean(JdbcTemplate.class), register, 0);
            System.out.printf("[%s] loaded %,d residents in %.0f s%n", database, register.size(),
                    (System.nanoTime() - start) / 1e9);

            BenchApp.signIn(app, "handler");
            ResidentSearch search = app.getBean(ResidentSearch.class);
            Random random = new Random(7);
            List<String> kinds = List.of("surname", "start of surname + first name", "surname + date of birth",
                    "phone", "postcode + surname", "full name mistyped + date of birth");
            List<List<Long>> timings = new ArrayList<>();
            kinds.forEach(k -> timings.add(new ArrayList<>()));
            List<Long> all = new ArrayList<>();
            long found = 0;
            for (int i = 0; i < searches + 300; i++) {
                SyntheticResidents.Person p = register.get(random.nextInt(register.size()));
                int kind = i % kinds.size();
                String text = switch (kind) {
                    case 0 -> p.last();
                    case 1 -> p.first() + " " + p.last().substring(0, Math.min(4, p.last().length()));
                    case 2 -> p.last() + " " + (p.dob() == null ? "" : p.dob().format(UK));
                    case 3 -> p.phone() == null ? p.last() : p.phone();
                    case 4 -> (p.postcode() == null ? "" : p.postcode()) + " " + p.last();
                    default -> typo(p.first(), random) + " " + p.last() + " "
                            + (p.dob() == null ? "" : p.dob().format(UK));
                };
                long t = System.nanoTime();
                found += search.search(text, 0, 50).total();
                long took = System.nanoTime() - t;
                if (i >= 300) {
                    timings.get(kind).add(took);
                    all.add(took);
                }
            }
            for (int k = 0; k < kinds.size(); k++) {
                BenchApp.report("  " + kinds.get(k), timings.get(k).stream().mapToLong(Long::longValue).toArray());
            }
            BenchApp.report("[" + database + "] every search", all.stream().mapToLong(Long::longValue).toArray());
            System.out.printf("  %.1f residents found per search on average%n", (double) found / (searches + 300));
        }
    }

    /** One letter swapped for the next, as fingers slip. */
    private static String typo(String name, Random random) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char x = c[at];
        c[at] = c[at + 1];
        c[at + 1] = x;
        return new String(c);
    }
}
