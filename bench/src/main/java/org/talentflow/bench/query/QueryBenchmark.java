package org.talentflow.bench.query;

import org.talentflow.analytics.FlowLevel;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.bench.store.BenchStore;
import org.talentflow.storage.MoveStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The queries behind the API's pages on a store of N synthetic moves (made on first use, then reused), one at a time:
 * after a warm-up, every query runs many times with varied parameters, and p50/p95/p99/max are printed per query
 * and store. Target: p95 under 50 ms.
 *
 * <p>Usage: {@code bench/run queries [--store h2|pg|duck|both|all] [--moves 1000000] [--iterations 200]}
 */
public final class QueryBenchmark {

    private static final double TARGET_MS = 50;
    /** Windows from any month, in months: the store keeps every length up to 12 counted; 18 it sums from years and months. */
    private static final int[] WINDOWS = {12, 6, 5, 3, 18};

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        System.out.printf(Locale.ROOT, "query benchmark: %,d moves, %d timed runs of each query after %d warm-up runs; %d cores%n",
                options.moves(), options.iterations(), warmUp(options), Runtime.getRuntime().availableProcessors());
        for (BenchStore target : options.stores()) {
            try (MoveStore store = target.open()) {
                run(target.label(), store, options);
            }
            System.out.printf(Locale.ROOT, "%s: the store takes %.0f MB%n", target.label(), target.bytes() / 1e6);
        }
    }

    private static int warmUp(BenchOptions options) {
        return Math.max(10, options.iterations() / 5);
    }

    private static void run(String label, MoveStore store, BenchOptions options) {
        TalentAnalytics analytics = new TalentAnalytics(store);
        BenchSample sample = new BenchSample(store);
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Function<SplittableRandom, Supplier<?>>> queries = queries(store, analytics, sample);
        Map<String, Latencies> times = new LinkedHashMap<>();
        queries.keySet().forEach(name -> times.put(name, new Latencies()));
        int warm = warmUp(options);
        for (int round = 0; round < warm + options.iterations(); round++) {
            for (var q : queries.entrySet()) {
                Supplier<?> call = q.getValue().apply(random);
                long start = System.nanoTime();
                Object answer = call.get();
                long elapsed = System.nanoTime() - start;
                if (answer == null) {
                    throw new IllegalStateException(q.getKey() + " answered nothing");
                }
                if (round >= warm) {
                    times.get(q.getKey()).add(elapsed);
                }
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%s, %,d moves%n", label, store.counts().moves());
        System.out.printf(Locale.ROOT, "%-42s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<String> over = new ArrayList<>();
        for (var t : times.entrySet()) {
            System.out.printf(Locale.ROOT, "%-42s %s%n", t.getKey(), t.getValue().summary());
            if (t.getValue().percentile(95) >= TARGET_MS) {
                over.add(t.getKey());
            }
        }
        System.out.println(over.isEmpty() ? "every query's p95 is under " + (int) TARGET_MS + " ms"
                : "p95 at or over " + (int) TARGET_MS + " ms: " + String.join(", ", over));
    }

    /** Each query as a maker of one call with fresh parameters (drawn before the clock starts). */
    private static Map<String, Function<SplittableRandom, Supplier<?>>> queries(MoveStore store, TalentAnalytics analytics,
                                                                            BenchSample sample) {
        Map<String, Function<SplittableRandom, Supplier<?>>> q = new LinkedHashMap<>();
        int flows = TalentAnalytics.PAGE_FLOWS;
        int people = TalentAnalytics.PAGE_PEOPLE;
        q.put("flows, all time, parent (top 100)", r -> () -> analytics.topFlows(null, null, FlowLevel.PARENT, flows, people));
        q.put("flows, all time, unit (top 100)", r -> () -> analytics.topFlows(null, null, FlowLevel.UNIT, flows, people));
        for (FlowLevel level : FlowLevel.values()) {
            String at = level.name().toLowerCase(Locale.ROOT);
            q.put("flows, a calendar year, " + at, r -> {
                LocalDate[] w = BenchSample.calendarYear(r);
                return () -> analytics.topFlows(w[0], w[1], level, flows, people);
            });
            for (int months : WINDOWS) {
                q.put("flows, " + months + " months from any month, " + at, r -> {
                    LocalDate[] w = BenchSample.months(r, months);
                    return () -> analytics.topFlows(w[0], w[1], level, flows, people);
                });
            }
        }
        q.put("net flow, all time (top 100)", r -> () -> analytics.topNetFlows(null, null, flows));
        q.put("net flow, a calendar year", r -> {
            LocalDate[] w = BenchSample.calendarYear(r);
            return () -> analytics.topNetFlows(w[0], w[1], flows);
        });
        for (int months : WINDOWS) {
            q.put("net flow, " + months + " months from any month", r -> {
                LocalDate[] w = BenchSample.months(r, months);
                return () -> analytics.topNetFlows(w[0], w[1], flows);
            });
        }
        q.put("organization page, giant", r -> page(analytics, sample.pick(sample.giants, r)));
        q.put("organization page, mid-size", r -> page(analytics, sample.pick(sample.mid, r)));
        q.put("organization page, small", r -> page(analytics, sample.pick(sample.small, r)));
        q.put("person page", r -> {
            String name = sample.person(r);
            return () -> store.person(name).orElseThrow();
        });
        q.put("moves feed, latest 50", r -> () -> store.moves(new MoveStore.MoveQuery(null, null, null, null, 50)));
        q.put("moves feed, giant organization, 50", r -> {
            String org = sample.pick(sample.giants, r);
            return () -> store.moves(new MoveStore.MoveQuery(null, org, null, null, 50));
        });
        q.put("moves feed, small organization, 50", r -> {
            String org = sample.pick(sample.small, r);
            return () -> store.moves(new MoveStore.MoveQuery(null, org, null, null, 50));
        });
        q.put("moves feed, a calendar year, 50", r -> {
            LocalDate[] w = BenchSample.calendarYear(r);
            return () -> store.moves(new MoveStore.MoveQuery(null, null, w[0], w[1], 50));
        });
        q.put("moves feed, giant in a calendar year, 50", r -> {
            String org = sample.pick(sample.giants, r);
            LocalDate[] w = BenchSample.calendarYear(r);
            return () -> store.moves(new MoveStore.MoveQuery(null, org, w[0], w[1], 50));
        });
        return q;
    }

    private static Supplier<?> page(TalentAnalytics analytics, String organization) {
        return () -> analytics.organizationPage(organization, 0, MoveStore.ORG_PAGE).orElseThrow();
    }
}
