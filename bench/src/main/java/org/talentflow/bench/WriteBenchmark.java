package org.talentflow.bench;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the kept windows cost on writes: documents of one move each saved into fresh stores with the full trigger on
 * moves (monthly summaries and every kept window) and with the monthly summaries alone, in interleaved rounds. The
 * moves run among 256 busy pairs over 30 months, so most windows reach their floors: the worst case.
 *
 * <p>With {@code --beside-serve}: what sharing the embedded store costs a save. Documents saved into a fresh H2 store
 * opened by this process alone, against one a {@code talentflow serve} process opened first, so that every statement
 * goes to that process over loopback (H2's automatic mixed mode; docs/live.md), in interleaved rounds.
 *
 * <p>On DuckDB (plain tables, no summaries) the same documents into a fresh file, for comparison.
 *
 * <p>Usage: {@code bench/run writes [--store h2|pg|duck|both|all] [--beside-serve] [DOCUMENTS]} (default 3000).
 */
public final class WriteBenchmark {

    private static final String SUMMARIES_ONLY = "monthly summaries alone";
    private static final String WITH_WINDOWS = "summaries and kept windows";

    public static void main(String[] args) throws Exception {
        String store = "all";
        int documents = 3000;
        boolean besideServe = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--store")) {
                store = args[++i];
            } else if (args[i].equals("--beside-serve")) {
                besideServe = true;
            } else {
                documents = Integer.parseInt(args[i]);
            }
        }
        if (besideServe) {
            shared(documents);
            return;
        }
        String pg = System.getenv("TALENTFLOW_PG_URL");
        System.out.printf(Locale.ROOT, "write benchmark: %,d one-move documents per store, two interleaved rounds%n", documents);
        boolean h2 = List.of("h2", "both", "all").contains(store);
        boolean postgres = List.of("pg", "both", "all").contains(store) && pg != null;
        boolean duck = List.of("duck", "all").contains(store);
        for (int round = 1; round <= 2; round++) {
            for (String variant : List.of(SUMMARIES_ONLY, WITH_WINDOWS)) {
                if (h2) {
                    report("H2", round, variant, documents, h2(variant, documents));
                }
                if (postgres) {
                    report("PostgreSQL", round, variant, documents, postgres(pg, variant, round, documents));
                }
            }
            if (duck) {
                report("DuckDB", round, "plain tables", documents, duck(documents));
            }
        }
    }

    private static void report(String label, int round, String variant, int documents, long nanos) {
        System.out.printf(Locale.ROOT, "round %d  %-11s %-28s %6.2f ms per document%n", round, label, variant,
                nanos / 1e6 / documents);
    }

    private static void shared(int documents) throws Exception {
        System.out.printf(Locale.ROOT, "write benchmark: %,d one-move documents per store, H2 alone and beside serve, "
                + "two interleaved rounds%n", documents);
        for (int round = 1; round <= 2; round++) {
            Path alone = Files.createTempDirectory("talentflow-writes");
            try (MoveStore store = MoveStore.open(alone.toString())) {
                report("H2", round, "this process alone", documents, save(store, documents));
            }
            Path shared = Files.createTempDirectory("talentflow-writes");
            Process serve = serve(shared);
            try (MoveStore store = MoveStore.open(shared.toString())) {
                report("H2", round, "beside serve (over loopback)", documents, save(store, documents));
            } finally {
                serve.destroy();
                serve.waitFor();
            }
        }
    }

    /** {@code talentflow serve} on the store, in a process of its own; returns once it has the store open. */
    private static Process serve(Path store) throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), org.talentflow.app.Main.class.getName(), "serve",
                "--port", "0", "--db", store.toString())
                .redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("Dashboard:")) {
                // the server prints its address once the store is open
            }
        }
        return serve;
    }

    /** A fresh embedded store whose trigger on moves is the summaries' own (V7_3) or the full one (V8_1). */
    private static long h2(String variant, int documents) throws Exception {
        Path dir = Files.createTempDirectory("talentflow-writes");
        String url = MoveStore.jdbcUrl(dir.toString());
        MoveStore.open(url, null).close();
        if (variant.equals(SUMMARIES_ONLY)) {
            execute(url, "DROP TRIGGER moves_summaries", "CREATE TRIGGER moves_summaries AFTER INSERT, UPDATE, DELETE ON moves "
                    + "FOR EACH ROW CALL 'org.talentflow.storage.MoveSummaryTrigger'");
        }
        try (MoveStore store = MoveStore.open(url, null)) {
            return save(store, documents);
        }
    }

    /** A fresh DuckDB file: plain tables, nothing kept beside the moves. */
    private static long duck(int documents) throws Exception {
        Path dir = Files.createTempDirectory("talentflow-writes");
        try (MoveStore store = MoveStore.open("jdbc:duckdb:" + dir.resolve("store.duckdb"))) {
            return save(store, documents);
        }
    }

    /** A fresh schema; without the kept windows, their trigger (named after the summaries' one) is disabled. */
    private static long postgres(String url, String variant, int round, int documents) throws Exception {
        String schema = "bench_writes_" + round + (variant.equals(SUMMARIES_ONLY) ? "_summaries" : "_windows");
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        MoveStore.open(url, schema).close();
        if (variant.equals(SUMMARIES_ONLY)) {
            execute(url, "ALTER TABLE " + schema + ".moves DISABLE TRIGGER moves_summaries_rolling");
        }
        try (MoveStore store = MoveStore.open(url, schema)) {
            return save(store, documents);
        } finally {
            execute(url, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static long save(MoveStore store, int documents) {
        store.recognizeCopies(false); // the reports are alike; each must count as a document of its own
        Random random = new Random(1);
        String[] orgs = new String[40];
        for (int i = 0; i < orgs.length; i++) {
            orgs[i] = "Company" + (char) ('A' + i % 26) + (char) ('a' + i / 26) + " Labs";
        }
        long start = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            String person = "Person" + i + " Smith";
            String from = orgs[random.nextInt(8)];
            String to = orgs[8 + random.nextInt(32)];
            String sentence = person + " left " + from + " for " + to + ".";
            Document d = new Document("d" + i + ".txt", "https://news.example/" + i, "Report " + i, LocalDate.of(2025, 6, 1),
                    "Report " + i + ". " + sentence);
            String month = LocalDate.of(2023, 1, 1).plusMonths(random.nextInt(30)).toString().substring(0, 7);
            int at = d.text().indexOf(sentence);
            store.save(d, List.of(new Move(person, MoveKind.MOVE, OrgRef.of(from), OrgRef.of(to), "engineer", month, 0.8,
                    new Evidence(d.name(), sentence, at, at + sentence.length()))));
        }
        return System.nanoTime() - start;
    }
}
