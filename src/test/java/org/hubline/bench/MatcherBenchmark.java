package org.hubline.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.hubline.residents.MatchQuery;
import org.hubline.residents.MatchRules;

/**
 * Matcher accuracy benchmark (not a test): Hubline's matcher and the rule set Hackney Council's
 * Here to Help used, on the same labelled synthetic callers ({@link SyntheticResidents}).
 * Prints precision and recall of each. Run with
 * {@code ./mvnw -q test-compile exec:java -Dvaadin.skip -Dexec.classpathScope=test
 * -Dexec.mainClass=org.hubline.bench.MatcherBenchmark -Dexec.args="[register] [callers] [seed]"}.
 *
 * <p>Hubline links a caller to the best candidate when its score is "likely" (the handler is
 * offered it first); candidates come from the same blocking keys the database indexes. Hackney
 * links on an exact NHS number, or else the same first and last name plus one of UPRN, full
 * date of birth, email or phone, compared exactly as recorded (trimmed, case and spaces ignored).
 */
public final class MatcherBenchmark {

    private MatcherBenchmark() {
    }

    record Outcome(int truePositives, int falsePositives, int positives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return (double) truePositives / positives;
        }
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2020;
        SyntheticResidents data = new SyntheticResidents(seed);
        List<SyntheticResidents.Person> register = data.register(size);
        List<SyntheticResidents.Caller> callers = data.callers(register, count);
        int positives = (int) callers.stream().filter(c -> c.trueId() != 0).count();
        System.out.printf("Register of %,d residents; %,d callers (%,d on the register, %,d not: new people, "
                + "relatives and namesakes)%n", register.size(), callers.size(), positives, callers.size() - positives);

        Map<Long, SyntheticResidents.Person> byId = new HashMap<>();
        Map<String, List<Long>> blocks = new HashMap<>();
        Map<String, List<Long>> byName = new HashMap<>();
        Map<String, Long> byNhs = new HashMap<>();
        for (SyntheticResidents.Person p : register) {
            byId.put(p.id(), p);
            for (String key : MatchRules.keys(p.query())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(p.id());
            }
            byName.computeIfAbsent(nameKey(p.first(), p.last()), k -> new ArrayList<>()).add(p.id());
            if (p.nhs() != null) {
                byNhs.put(p.nhs(), p.id());
            }
        }

        int hubTp = 0;
        int hubFp = 0;
        int shown = 0;
        int hackTp = 0;
        int hackFp = 0;
        long candidates = 0;
        for (SyntheticResidents.Caller caller : callers) {
            MatchQuery q = caller.told().query();
            Map<Long, Integer> hits = new HashMap<>();
            for (String key : MatchRules.keys(q)) {
                for (long id : blocks.getOrDefault(key, List.of())) {
                    hits.merge(id, 1, Integer::sum);
                }
            }
            long best = 0;
            int bestScore = -1;
            boolean trueShown = false;
            List<Map.Entry<Long, Integer>> top = hits.entrySet().stream()
                    .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).limit(100).toList();
            candidates += top.size();
            for (Map.Entry<Long, Integer> hit : top) {
                int score = MatchRules.score(q, byId.get(hit.getKey()).query()).value();
                if (score > bestScore) {
                    bestScore = score;
                    best = hit.getKey();
                }
                if (hit.getKey() == caller.trueId() && score >= MatchRules.POSSIBLE) {
                    trueShown = true;
                }
            }
            if (System.getenv("HUBLINE_BENCH_MISSES") != null && caller.trueId() != 0
                    && (bestScore < MatchRules.LIKELY || best != caller.trueId()) && Math.random() < 0.05) {
                SyntheticResidents.Person truth = byId.get(caller.trueId());
                System.out.println("MISS " + caller.told() + "\n  was " + truth + "\n  score "
                        + MatchRules.score(q, truth.query()) + " best " + bestScore + " " + best);
            }
            if (bestScore >= MatchRules.LIKELY) {
                if (best == caller.trueId()) {
                    hubTp++;
                } else {
                    hubFp++;
                }
            }
            shown += trueShown ? 1 : 0;

            long hackney = hackney(caller.told(), byId, byName, byNhs);
            if (hackney != 0) {
                if (hackney == caller.trueId()) {
                    hackTp++;
                } else {
                    hackFp++;
                }
            }
        }
        Outcome hubline = new Outcome(hubTp, hubFp, positives);
        Outcome hackneyRules = new Outcome(hackTp, hackFp, positives);
        System.out.printf("%-34s precision %.4f  recall %.4f  (%,d right links, %,d wrong links)%n",
                "Hubline matcher (likely matches)", hubline.precision(), hubline.recall(), hubTp, hubFp);
        System.out.printf("%-34s recall %.4f  (the right resident offered to the handler)%n",
                "Hubline, likely or possible", (double) shown / positives);
        System.out.printf("%-34s precision %.4f  recall %.4f  (%,d right links, %,d wrong links)%n",
                "Hackney Here to Help rules", hackneyRules.precision(), hackneyRules.recall(), hackTp, hackFp);
        System.out.printf("Candidates scored per caller: %.1f on average%n", (double) candidates / callers.size());
    }

    /** Hackney's Here to Help rules: NHS number, else exact name plus one exact identifier. */
    static long hackney(SyntheticResidents.Person told, Map<Long, SyntheticResidents.Person> byId,
            Map<String, List<Long>> byName, Map<String, Long> byNhs) {
        if (told.nhs() != null && byNhs.containsKey(told.nhs())) {
            return byNhs.get(told.nhs());
        }
        for (long id : byName.getOrDefault(nameKey(told.first(), told.last()), List.of())) {
            SyntheticResidents.Person p = byId.get(id);
            if (same(told.uprn(), p.uprn()) || Objects.equals(told.dob(), p.dob()) && told.dob() != null
                    || same(told.email(), p.email()) || same(told.phone(), p.phone())) {
                return id;
            }
        }
        return 0;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && exact(a).equals(exact(b));
    }

    private static String exact(String s) {
        return s.replace(" ", "").trim().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(String first, String last) {
        return exact(first) + "|" + exact(last);
    }
}
