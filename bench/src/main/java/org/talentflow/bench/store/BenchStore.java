package org.talentflow.bench.store;

import org.flywaydb.core.Flyway;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A synthetic store of N moves for the benchmarks, made once and reused: an embedded H2 database in a folder, a
 * DuckDB file, or a schema on PostgreSQL. A store counts as made only when its load finished (a comment on the moves table says so);
 * a half-made one is dropped and made again.
 */
public record BenchStore(String label, String jdbcUrl, String schema, int moves) {

    public static final long SEED = 20_261_122L;

    /** The store's own embedded database in a folder, with the settings a user's store gets (MoveStore.jdbcUrl). */
    public static BenchStore embedded(Path dataDir, int moves) {
        Path folder = dataDir.resolve("h2-" + moves).toAbsolutePath();
        return new BenchStore("H2 embedded", MoveStore.jdbcUrl(folder.toString()), null, moves);
    }

    public static BenchStore postgres(String url, int moves) {
        return new BenchStore("PostgreSQL", url, "bench_" + moves, moves);
    }

    /** A DuckDB file beside the H2 folders, with the settings a user's DuckDB store gets (MoveStore.jdbcUrl). */
    public static BenchStore duck(Path dataDir, int moves) {
        Path file = dataDir.resolve("duckdb-" + moves + ".duckdb").toAbsolutePath();
        return new BenchStore("DuckDB embedded", MoveStore.jdbcUrl("jdbc:duckdb:" + file), null, moves);
    }

    /** Opens the store, making it first when it is missing or unfinished. */
    public MoveStore open() throws SQLException {
        String marker = "synthetic " + moves + " moves, seed " + SEED;
        if (!marker.equals(comment())) {
            drop();
            make(marker);
        }
        return MoveStore.open(jdbcUrl, schema);
    }

    private void make(String marker) throws SQLException {
        long start = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: generating %,d synthetic moves...%n", label, moves);
        SyntheticStore data = new SyntheticStore(moves, SEED);
        System.out.printf(Locale.ROOT, "%s: %,d organizations, %,d people, %,d articles; loading...%n", label,
                data.organizations(), data.people(), data.articles());
        // The schema up to the summaries, then the rows, then the rest of the migrations: the summaries are filled
        // from the loaded moves in one pass (as for any store that migrates) instead of row by row by their triggers.
        // DuckDB has its plain tables only, made whole by the store's own open.
        if (isDuck()) {
            MoveStore.open(jdbcUrl, null).close();
        } else {
            migrate(BEFORE_SUMMARIES);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            data.load(c);
            System.out.printf(Locale.ROOT, "%s: rows loaded in %.0f s%n", label, (System.nanoTime() - start) / 1e9);
            MoveStore.open(jdbcUrl, schema).close();
            s.execute(isDuck() ? "CHECKPOINT" : "ANALYZE");
            s.execute("COMMENT ON TABLE moves IS '" + marker + "'");
            c.commit();
        }
        System.out.printf(Locale.ROOT, "%s: made in %.0f s%n", label, (System.nanoTime() - start) / 1e9);
    }

    /** The last migration before the summary tables and their triggers (V7_2, V7_3). */
    private static final String BEFORE_SUMMARIES = "7.1";

    /** The store's own migrations (see storage's Database.open), up to a version. */
    private void migrate(String target) {
        String vendor = isPostgres() ? "postgresql" : "h2";
        var flyway = Flyway.configure().dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration", "classpath:db/" + vendor).target(target);
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
    }

    private String comment() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String query = isPostgres()
                    ? "SELECT obj_description(to_regclass('moves'), 'pg_class')"
                    : isDuck() ? "SELECT comment FROM duckdb_tables() WHERE table_name = 'moves'"
                    : "SELECT remarks FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'moves'";
            try (ResultSet rs = s.executeQuery(query)) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private void drop() throws SQLException {
        if (isPostgres()) {
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            return;
        }
        if (isDuck()) {
            Path file = Path.of(jdbcUrl.substring("jdbc:duckdb:".length(), jdbcUrl.indexOf(';')));
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + ".wal"));
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Path folder = Path.of(jdbcUrl.substring("jdbc:h2:file:".length(), jdbcUrl.indexOf(';'))).getParent();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl);
        if (schema != null) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + schema);
            }
        }
        return c;
    }

    private boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    private boolean isDuck() {
        return jdbcUrl.startsWith("jdbc:duckdb:");
    }

    /** The size of the store's data: the H2 file, the DuckDB file, or the PostgreSQL schema's tables and indexes. */
    public long bytes() throws SQLException {
        try {
            if (isDuck()) {
                Path file = Path.of(jdbcUrl.substring("jdbc:duckdb:".length(), jdbcUrl.indexOf(';')));
                Path wal = Path.of(file + ".wal");
                return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
            }
            if (!isPostgres()) {
                return Files.size(Path.of(jdbcUrl.substring("jdbc:h2:file:".length(), jdbcUrl.indexOf(';')) + ".mv.db"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c "
                     + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "' AND c.relkind = 'r'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
