package org.hubline.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Counted rows of a period and of the period before it, grouped into tallies that compare the two. */
final class Tallies<T> {

    private final List<T> now;
    private final List<T> before;
    private final ToLongFunction<T> count;

    Tallies(List<T> now, List<T> before, ToLongFunction<T> count) {
        this.now = now;
        this.before = before;
        this.count = count;
    }

    /** Everything counted, as one tally. */
    Tally one(String label, Disclosure disclosure) {
        return disclosure.tally(label, now.stream().mapToLong(count).sum(), before.stream().mapToLong(count).sum(),
                null);
    }

    /** One tally per label, largest first; with a population, each gets a rate per 1,000. */
    List<Tally> by(Function<T, String> label, ToIntFunction<String> population, Disclosure disclosure) {
        Map<String, Long> current = group(now, label);
        Map<String, Long> previous = group(before, label);
        Set<String> labels = new TreeSet<>(current.keySet());
        labels.addAll(previous.keySet());
        List<Tally> tallies = new ArrayList<>();
        for (String l : labels) {
            long counted = current.getOrDefault(l, 0L);
            int people = population == null ? 0 : population.applyAsInt(l);
            tallies.add(disclosure.tally(l, counted, previous.getOrDefault(l, 0L),
                    people == 0 ? null : Math.round(10_000.0 * counted / people) / 10.0));
        }
        tallies.sort(Comparator.comparingInt(Tally::count).reversed().thenComparing(Tally::label));
        return tallies;
    }

    private Map<String, Long> group(List<T> rows, Function<T, String> label) {
        Map<String, Long> map = new LinkedHashMap<>();
        rows.forEach(r -> map.merge(label.apply(r), count.applyAsLong(r), Long::sum));
        return map;
    }
}
