package org.hubline.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Rollup rows summed in memory, then written at once: how a rebuild from the records and a
 * generated history fill the rollups, through the same {@link DemandRollup.Counts} as live events.
 */
final class RollupBatch implements DemandRollup.Counts.Sink {

    private final Map<Rollup, Map<List<Object>, long[]>> sums = new HashMap<>();

    @Override
    public void add(Rollup rollup, Map<String, Object> key, long... counts) {
        long[] total = sums.computeIfAbsent(rollup, k -> new HashMap<>())
                .computeIfAbsent(List.copyOf(key.values()), k -> new long[counts.length]);
        for (int i = 0; i < counts.length; i++) {
            total[i] += counts[i];
        }
    }

    /**
     * Writes the rows (emptying the rollups first when {@code replace}); call inside a transaction.
     * Returns the daily rows written per table.
     */
    Map<String, Integer> writeTo(RollupStore store, boolean replace) {
        if (replace) {
            store.clear();
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Rollup rollup : Rollup.values()) {
            List<Object[]> batch = new ArrayList<>();
            sums.getOrDefault(rollup, Map.of()).forEach((key, counts) -> {
                Object[] row = new Object[key.size() + counts.length];
                for (int i = 0; i < key.size(); i++) {
                    row[i] = key.get(i);
                }
                for (int i = 0; i < counts.length; i++) {
                    row[key.size() + i] = counts[i];
                }
                batch.add(row);
            });
            store.insertAll(rollup, batch);
            rows.put(rollup.table, batch.size());
        }
        return rows;
    }
}
