package org.talentflow.bench.query;

import org.talentflow.bench.store.BenchStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line the query and load benchmarks share: which stores, how many moves, where the data lives. */
record BenchOptions(List<BenchStore> stores, int moves, int iterations, int clients, int seconds, int thinkMs) {

    static BenchOptions parse(String[] args) {
        String store = "all";
        int moves = 1_000_000;
        int iterations = 200;
        int clients = 50;
        int seconds = 30;
        int think = 0;
        Path data = Path.of("bench/data");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--store" -> store = value;
                case "--moves" -> moves = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--data" -> data = Path.of(value);
                case "--think" -> think = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --store h2|pg|duck|both|all, --moves N, --iterations N, --clients N, --seconds N, --think MS, --data DIR)");
            }
            i++;
        }
        String pg = System.getenv("TALENTFLOW_PG_URL");
        if (!List.of("h2", "pg", "duck", "both", "all").contains(store)) {
            throw new IllegalArgumentException("--store is h2, pg, duck, both (h2 and pg) or all, not " + store);
        }
        List<BenchStore> stores = new ArrayList<>();
        if (List.of("h2", "both", "all").contains(store)) {
            stores.add(BenchStore.embedded(data, moves));
        }
        if (List.of("duck", "all").contains(store)) {
            stores.add(BenchStore.duck(data, moves));
        }
        if (List.of("pg", "both", "all").contains(store)) {
            if (pg == null || pg.isBlank()) {
                if (store.equals("pg")) {
                    throw new IllegalArgumentException("set TALENTFLOW_PG_URL to benchmark PostgreSQL");
                }
                System.out.println("PostgreSQL skipped: TALENTFLOW_PG_URL is not set");
            } else {
                stores.add(BenchStore.postgres(pg, moves));
            }
        }
        return new BenchOptions(stores, moves, iterations, clients, seconds, think);
    }
}
