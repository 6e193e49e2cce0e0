package org.hubline.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.hubline.insight.DemandRollup.Counts;
import org.hubline.intake.Channel;
import org.hubline.intake.HelpRequested;
import org.hubline.intake.NeedResolved;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.Priority;
import org.hubline.referrals.ReferralMoved;
import org.hubline.referrals.ReferralStatus;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A synthetic demand history, made up, for insight's benchmark (Oldham-sized) and the demo's
 * dashboards (a few weeks, so directors have a picture to explore): residents spread over the wards by
 * population, requests over the days with a weekly rhythm (busy Mondays, quiet Sundays), a winter
 * season and a spring surge, economic needs growing over time, repeat callers, needs resolved
 * against their SLA and referrals to partners. Each generated request, resolution and referral
 * step is turned into rollup rows by the same {@link Counts} rules as live events, summed in
 * memory, then written at once.
 */
public final class SyntheticHistory {

    /** A ward to place residents in: its code, hub and population. */
    public record Place(String wardCode, long hubId, int population) {
    }

    private static final String[] CATEGORIES = {"FOOD", "MEDICINES", "MUTUAL_AID", "MONEY", "FUEL", "ISOLATION",
            "WELLBEING", "HOUSING", "FAMILIES", "DIGITAL"};
    private static final double[] HEALTH_FIRST = {30, 22, 12, 6, 4, 10, 7, 3, 3, 3};
    private static final double[] ECONOMIC_LATER = {30, 8, 6, 18, 12, 8, 8, 5, 4, 1};
    private static final String[] VULNERABILITIES = {"CLINICALLY_EXTREMELY_VULNERABLE", "AGED_70_PLUS",
            "DISABILITY", "LONG_TERM_CONDITION", "MENTAL_HEALTH", "LIVES_ALONE", "DIGITALLY_EXCLUDED"};
    private static final double[] VULNERABILITY_SHARE = {0.06, 0.22, 0.12, 0.2, 0.1, 0.18, 0.08};

    /** What was generated. */
    public record Summary(int residents, long requests, long needs, long resolutions, long referralSteps,
            Map<String, Integer> rows) {
    }

    /**
     * Replaces the rollups with a history of {@code requests} requests from {@code residents}
     * residents over the {@code days} days before {@code end}.
     */
    public static Summary generate(ApplicationContext app, List<Place> places, List<Long> partnerIds, int residents,
            int requests, int days, LocalDate end, long seed) {
        return write(app.getBean(RollupStore.class), app.getBean(PlatformTransactionManager.class), true, places,
                partnerIds, residents, requests, days, end, seed, null);
    }

    private final ZoneId zone = ZoneId.of("Europe/London");
    private final Random random;
    private final List<Place> places;
    private final List<Long> partnerIds;
    private final Instant endInstant;
    private final RollupBatch sink = new RollupBatch();
    /** Resident → their recent requests as [epoch second, category bits], for the repeat-caller facts. */
    private final Map<Integer, Deque<long[]>> recent = new HashMap<>();
    private int[] residentPlace;
    private String[][] residentFlags;
    private double[] cumulativeCalling;
    private double callingTotal;
    private long made;
    private long needs;
    private long resolutions;
    private long referralSteps;
    private long requestId;

    private SyntheticHistory(List<Place> places, List<Long> partnerIds, LocalDate end, long seed) {
        this.random = new Random(seed);
        this.places = places;
        this.partnerIds = partnerIds;
        this.endInstant = end.atStartOfDay(zone).toInstant();
    }

    /**
     * Writes a history into rollups that hold nothing before {@code end}; in its last week,
     * economic needs in {@code risingWard} (if any) rise sharply, as they did in 2020.
     */
    static Summary write(RollupStore store, PlatformTransactionManager transactions, boolean replace,
            List<Place> places, List<Long> partnerIds, int residents, int requests, int days, LocalDate end,
            long seed, String risingWard) {
        SyntheticHistory history = new SyntheticHistory(places, partnerIds, end, seed);
        history.placeResidents(residents);
        LocalDate start = end.minusDays(days);
        history.spreadRequests(start, dayWeights(start, days), requests,
                risingWard == null ? -1 : indexOf(places, risingWard));
        Map<String, Integer> rows = new TransactionTemplate(transactions).execute(status -> history.sink.writeTo(store,
                replace));
        return new Summary(residents, history.made, history.needs, history.resolutions, history.referralSteps, rows);
    }

    /** Residents: a place by population, vulnerabilities, and how often they call. */
    private void placeResidents(int residents) {
        residentPlace = new int[residents];
        residentFlags = new String[residents][];
        cumulativeCalling = new double[residents];
        double[] placeWeights = places.stream().mapToDouble(Place::population).toArray();
        for (int r = 0; r < residents; r++) {
            residentPlace[r] = pick(placeWeights, random);
            List<String> flags = new ArrayList<>();
            for (int v = 0; v < VULNERABILITIES.length; v++) {
                if (random.nextDouble() < VULNERABILITY_SHARE[v]) {
                    flags.add(VULNERABILITIES[v]);
                }
            }
            residentFlags[r] = flags.toArray(String[]::new);
            // a few residents call often: one in ten is ten times as likely to call
            callingTotal += random.nextDouble() < 0.1 ? 10 : 1;
            cumulativeCalling[r] = callingTotal;
        }
    }

    /** The days' shares of the requests: weekly rhythm, winter season, a surge of six weeks from the third month. */
    private static double[] dayWeights(LocalDate start, int days) {
        double[] dayWeight = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            double weekly = switch (day.getDayOfWeek()) {
                case MONDAY -> 1.3;
                case TUESDAY -> 1.15;
                case WEDNESDAY, THURSDAY -> 1.05;
                case FRIDAY -> 0.95;
                case SATURDAY -> 0.45;
                case SUNDAY -> 0.3;
            };
            double season = 1 + 0.25 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.0);
            // a long history has a surge (as in spring 2020) from its third month; a short one none
            double surge = days >= 365 && d >= 60 && d < 102 ? 3.0 - 2.0 * (d - 60) / 42.0 : 1;
            dayWeight[d] = weekly * season * surge;
        }
        return dayWeight;
    }

    /** The requests over the days by their weights, and in the last week the rising ward's extra ones. */
    private void spreadRequests(LocalDate start, double[] dayWeight, int requests, int rising) {
        int days = dayWeight.length;
        double weightTotal = Arrays.stream(dayWeight).sum();
        for (int d = 0; d < days; d++) {
            long today = d == days - 1 ? requests - made : Math.round(requests * dayWeight[d] / weightTotal);
            today = Math.min(today, requests - made);
            long extra = rising >= 0 && d >= days - 7 ? Math.max(3, today / 8) : 0;
            for (long i = 0; i < today + extra; i++) {
                boolean surge = i >= today;
                request(start.plusDays(d), surge, rising, (double) d / days);
                made += surge ? 0 : 1;
            }
        }
    }

    /** One request (a rising-ward one is food or money), its needs resolved against the SLA, some referred on. */
    private void request(LocalDate day, boolean surge, int rising, double economicShift) {
        int resident = surge ? risingResident(residentPlace, rising, random)
                : residentCalling(cumulativeCalling, callingTotal, random);
        Place place = places.get(residentPlace[resident]);
        Instant at = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone).toInstant();
        int needCount = random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.7 ? 2 : 3;
        List<HelpRequested.RoutedNeed> routed = new ArrayList<>();
        long bits = 0;
        for (int n = 0; n < needCount; n++) {
            int c = surge ? (random.nextBoolean() ? 0 : 3) : pickBlend(HEALTH_FIRST, ECONOMIC_LATER,
                    economicShift, random);
            bits |= 1L << c;
            routed.add(new HelpRequested.RoutedNeed(c, CATEGORIES[c], place.wardCode(), place.hubId()));
        }
        HelpRequested.Caller caller = caller(resident, at, bits);
        Channel channel = random.nextDouble() < 0.72 ? Channel.PHONE : random.nextDouble() < 0.75
                ? Channel.WEB_FORM : random.nextBoolean() ? Channel.EMAIL : Channel.PARTNER_REFERRAL;
        Priority priority = random.nextDouble() < 0.1 ? Priority.P1 : random.nextDouble() < 0.35
                ? Priority.P2 : Priority.P3;
        count(Counts.of(new HelpRequested(++requestId, resident, channel, priority, at, routed, caller), zone));
        needs += needCount;
        for (HelpRequested.RoutedNeed need : routed) {
            resolve(need, place, priority, at);
            maybeRefer(need, place, at);
        }
    }

    /** What is known of the caller: their calls and need categories in the window, and their vulnerabilities. */
    private HelpRequested.Caller caller(int resident, Instant at, long bits) {
        Deque<long[]> mine = recent.computeIfAbsent(resident, k -> new ArrayDeque<>());
        long since = at.minus(Duration.ofDays(HelpRequested.WINDOW_DAYS)).getEpochSecond();
        while (!mine.isEmpty() && mine.peekFirst()[0] < since) {
            mine.removeFirst();
        }
        mine.addLast(new long[] {at.getEpochSecond(), bits});
        long windowBits = mine.stream().mapToLong(e -> e[1]).reduce(0, (a, b) -> a | b);
        return new HelpRequested.Caller(mine.size(), Long.bitCount(windowBits), Set.of(residentFlags[resident]));
    }

    /** Most needs are resolved within their SLA, some late; nine in ten met. Only those resolved before the end count. */
    private void resolve(HelpRequested.RoutedNeed need, Place place, Priority priority, Instant at) {
        Duration sla = switch (priority) {
            case P1 -> Duration.ofHours(10);
            case P2 -> Duration.ofHours(48);
            case P3 -> Duration.ofDays(7);
        };
        Duration took = random.nextDouble() < 0.85 ? Duration.ofMinutes((long) (sla.toMinutes()
                * random.nextDouble())) : sla.plus(Duration.ofHours(1 + random.nextInt(120)));
        Instant resolvedAt = at.plus(took);
        if (resolvedAt.isBefore(endInstant)) {
            NeedStatus status = random.nextDouble() < 0.9 ? NeedStatus.MET : NeedStatus.NOT_MET;
            count(Counts.of(new NeedResolved(0, place.hubId(), place.wardCode(), need.categoryCode(), priority,
                    status, at, at.plus(sla), resolvedAt), zone));
            resolutions++;
        }
    }

    /** One need in seven goes to a partner, who mostly accepts and completes it; steps after the end do not count. */
    private void maybeRefer(HelpRequested.RoutedNeed need, Place place, Instant at) {
        if (partnerIds.isEmpty() || random.nextDouble() >= 0.15) {
            return;
        }
        long partner = partnerIds.get(random.nextInt(partnerIds.size()));
        Instant sent = at.plus(Duration.ofMinutes(30 + random.nextInt(240)));
        Map<ReferralStatus, Instant> steps = new LinkedHashMap<>();
        steps.put(ReferralStatus.SENT, sent);
        double outcome = random.nextDouble();
        Instant answered = sent.plus(Duration.ofMinutes(20 + random.nextInt(48 * 60)));
        if (outcome < 0.8) {
            steps.put(ReferralStatus.ACCEPTED, answered);
            Instant finished = answered.plus(Duration.ofHours(2 + random.nextInt(96)));
            steps.put(random.nextDouble() < 0.9 ? ReferralStatus.COMPLETED : ReferralStatus.COULD_NOT_HELP, finished);
        } else if (outcome < 0.93) {
            steps.put(ReferralStatus.DECLINED, answered);
        }
        steps.forEach((status, when) -> {
            if (when.isBefore(endInstant)) {
                count(Counts.of(new ReferralMoved(0, place.hubId(), partner, need.categoryCode(), status, sent, when),
                        zone));
                referralSteps++;
            }
        });
    }

    private void count(List<Counts> counts) {
        counts.forEach(c -> c.addTo(sink));
    }

    private static int indexOf(List<Place> places, String wardCode) {
        return IntStream.range(0, places.size()).filter(i -> places.get(i).wardCode().equals(wardCode)).findFirst()
                .orElse(-1);
    }

    /** A resident of the rising ward (the residents are spread by population, so one is soon found). */
    private static int risingResident(int[] residentPlace, int place, Random random) {
        for (int tries = 0; tries < 100_000; tries++) {
            int r = random.nextInt(residentPlace.length);
            if (residentPlace[r] == place) {
                return r;
            }
        }
        return 0;
    }

    private static int residentCalling(double[] cumulative, double total, Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static int pick(double[] weights, Random random) {
        double x = random.nextDouble() * Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int pickBlend(double[] early, double[] late, double shift, Random random) {
        double[] blend = new double[early.length];
        for (int i = 0; i < blend.length; i++) {
            blend[i] = early[i] * (1 - shift) + late[i] * shift;
        }
        return pick(blend, random);
    }
}
