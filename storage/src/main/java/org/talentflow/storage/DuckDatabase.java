package org.talentflow.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/**
 * A DuckDB store in a file ({@code jdbc:duckdb:/path/file.duckdb}): plain tables, no summaries, brought to the current
 * schema on open.
 *
 * <p>Flyway 10 has no DuckDB support (neither in flyway-core nor as a database module of that line), and its
 * generic fallback refuses an unknown database, so the scripts under {@code db/duckdb} are applied here, in order,
 * each once, recorded in {@code schema_version}. They are few and DuckDB-only: the H2 and PostgreSQL history (summary
 * tables filled and then dropped, triggers) has nothing to replay on a store that never had them.
 */
final class DuckDatabase {

    static final String PREFIX = "jdbc:duckdb:";

    /** In order; a new script goes at the end and is never edited once released. */
    private static final List<String> SCRIPTS = List.of("V1__plain_tables.sql");

    /**
     * DuckDB takes 80% of the machine's memory by default, beside a JVM that holds the language models: a million
     * moves take about 12 MB on disk, and every dashboard query ran inside 1 GB. A URL that names its own
     * memory_limit keeps it.
     */
    static final String MEMORY_LIMIT = "1GB";

    private DuckDatabase() {
    }

    static boolean is(String jdbcUrl) {
        return jdbcUrl.startsWith(PREFIX);
    }

    /**
     * The URL with the store's settings. Every connection of a process must ask for the same ones (DuckDB shares one
     * database per file in a process and refuses a connection with other settings), so they are part of the URL.
     */
    static String withSettings(String jdbcUrl) {
        String file = file(jdbcUrl);
        if (file.isEmpty() || file.startsWith(":memory:")) {
            // Each connection to an in-memory DuckDB is a database of its own: the read pool would see none of the writes.
            throw new IllegalArgumentException("a DuckDB store needs a file: jdbc:duckdb:/path/to/store.duckdb");
        }
        return jdbcUrl.contains("memory_limit=") ? jdbcUrl : jdbcUrl + ";memory_limit=" + MEMORY_LIMIT;
    }

    /** Whether the URL's database file exists (opening the URL would otherwise create it). */
    static boolean exists(String jdbcUrl) {
        return Files.isRegularFile(Path.of(file(jdbcUrl)));
    }

    private static String file(String jdbcUrl) {
        String rest = jdbcUrl.substring(PREFIX.length());
        int settings = rest.indexOf(';');
        return settings < 0 ? rest : rest.substring(0, settings);
    }

    /** Applies the scripts not yet applied, each in a transaction of its own. */
    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (script VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
        Set<String> applied = new HashSet<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT script FROM schema_version")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        for (String script : SCRIPTS) {
            if (applied.contains(script)) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement record = c.prepareStatement("INSERT INTO schema_version (script, applied_at) VALUES (?, ?)")) {
                s.execute(read(script));
                record.setString(1, script);
                record.setTimestamp(2, Timestamp.from(Instant.now()));
                record.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static String read(String script) {
        try (InputStream in = DuckDatabase.class.getResourceAsStream("/db/duckdb/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing schema script db/duckdb/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the schema script " + script, e);
        }
    }

    /**
     * DuckDB's lock message when another process holds the file read-write ("Could not set lock on file ...
     * Conflicting lock is held in ... (PID n)"): unlike H2's mixed mode, a DuckDB file serves one process at a time.
     */
    static boolean heldByAnotherProcess(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("Could not set lock on file")) {
                return true;
            }
        }
        return false;
    }
}
