package org.talentflow.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arrivals and departures of one organization in one calendar quarter. */
public record QuarterFlow(int year, int quarter, int arrivals, int departures) {
    public String label() {
        return year + "-Q" + quarter;
    }

    /**
     * The quarters from the first with a move to the last, oldest first, a quarter without any as zeros: a trend's
     * axis is time, and a quiet quarter is a fact to show, not to skip.
     */
    static List<QuarterFlow> everyQuarter(List<QuarterFlow> counted) {
        Map<Integer, QuarterFlow> byIndex = new LinkedHashMap<>();
        for (QuarterFlow q : counted) {
            if (q.arrivals() > 0 || q.departures() > 0) {
                byIndex.put(q.index(), q);
            }
        }
        if (byIndex.isEmpty()) {
            return List.of();
        }
        int first = byIndex.keySet().stream().min(Integer::compare).orElseThrow();
        int last = byIndex.keySet().stream().max(Integer::compare).orElseThrow();
        List<QuarterFlow> all = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            all.add(byIndex.getOrDefault(i, new QuarterFlow(Math.floorDiv(i, 4), Math.floorMod(i, 4) + 1, 0, 0)));
        }
        return all;
    }

    private int index() {
        return year * 4 + quarter - 1;
    }
}
