package org.talentflow.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people named beside a count (a flow's, a destination's): up to a maximum of the latest to make the move, in
 * name order as the database sorted them. A group with no more people than the maximum names them all, exactly as
 * the full answer does.
 */
final class LatestPeople<K> {

    private record Row(String name, LocalDate happened, LocalDate reported, long moveId) {
    }

    private static final Comparator<Row> NEWEST_FIRST = Comparator
            .comparing(Row::happened, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Row::reported, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(Row::moveId).reversed();

    private final int max;
    private final Map<K, List<Row>> rows = new HashMap<>();

    LatestPeople(int max) {
        this.max = max;
    }

    /** One move of the group, in the order of the names. */
    void add(K group, String name, LocalDate happened, LocalDate reported, long moveId) {
        rows.computeIfAbsent(group, k -> new ArrayList<>()).add(new Row(name, happened, reported, moveId));
    }

    /** Each group's names: the latest max distinct people, kept in name order. */
    Map<K, List<String>> names() {
        Map<K, List<String>> out = new HashMap<>();
        rows.forEach((group, all) -> {
            Map<String, Row> latestPerName = new LinkedHashMap<>();
            all.stream().sorted(NEWEST_FIRST).forEach(r -> latestPerName.putIfAbsent(r.name(), r));
            Set<String> kept = latestPerName.keySet().stream().limit(max).collect(Collectors.toSet());
            out.put(group, all.stream().map(Row::name).filter(kept::contains).distinct().toList());
        });
        return out;
    }
}
