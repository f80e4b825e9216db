package org.talentflow.app.fuzz;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Cases counted by kind: how many, how many gave documents or failed whole, and how long the slowest took. */
public final class Tally {

    private static final class Row {
        int cases;
        int wholeWay;
        int taken;
        int failed;
        long nanos;
        long slowestNanos;
        String slowest = "";
    }

    private final Map<FuzzCase.Kind, Row> rows = new EnumMap<>(FuzzCase.Kind.class);

    /** @param wholeWay the case went into the store, not through the readers alone */
    public void add(FuzzCase c, boolean wholeWay, boolean taken, long nanos) {
        Row row = rows.computeIfAbsent(c.kind(), k -> new Row());
        row.cases++;
        row.wholeWay += wholeWay ? 1 : 0;
        row.taken += taken ? 1 : 0;
        row.failed += taken ? 0 : 1;
        row.nanos += nanos;
        if (nanos > row.slowestNanos) {
            row.slowestNanos = nanos;
            row.slowest = "case " + c.index();
        }
    }

    public int cases() {
        return rows.values().stream().mapToInt(r -> r.cases).sum();
    }

    /** One line a kind: "HTML 900 cases (129 into the store): 606 read, 294 failed; 21.8 s, slowest 0.74 s (case 0)". */
    public String report() {
        StringBuilder s = new StringBuilder();
        rows.forEach((kind, r) -> s.append(String.format(Locale.ROOT,
                "  %-4s %5d cases (%d into the store): %d read, %d failed; %.1f s, slowest %.2f s (%s)%n", kind, r.cases,
                r.wholeWay, r.taken, r.failed, r.nanos / 1e9, r.slowestNanos / 1e9, r.slowest)));
        return s.toString();
    }
}
