package org.talentflow.storage;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the store lives, brought to the current schema on open: Flyway runs the same scripts on the embedded H2
 * (PostgreSQL mode) and on PostgreSQL, and skips those already applied.
 */
final class Database {

    /** Flyway reports every migration at INFO on stderr; a CLI user needs only its warnings. Held: JUL keeps weak references. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    /**
     * This Flyway knows H2 up to 2.3.232 and recommends an upgrade on every open of a newer one. We run H2 2.4.240,
     * which fixes compaction on close losing data (H2 issue 4247; a kill-and-resume test met its "Double mark"
     * corruption on 2.3.232), and our store tests run every migration on it.
     */
    private static final Logger FLYWAY_DATABASE_LOG = Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

    static {
        // The store's own server (AUTO_SERVER, below) listens on this machine only; H2 would otherwise take every
        // address. Set before H2 reads its system properties, on the first use of this class.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        FLYWAY_LOG.setLevel(Level.WARNING);
        FLYWAY_DATABASE_LOG.setLevel(Level.SEVERE);
    }

    /** Lower case only: Flyway quotes the schema it creates, and PostgreSQL folds unquoted names to lower case. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The embedded database's name in its folder; H2 keeps it in NAME.mv.db. */
    static final String EMBEDDED_NAME = "talentflow";

    /** The database file of an embedded URL, without its settings. */
    private static final Pattern EMBEDDED_FILE = Pattern.compile("jdbc:h2:file:([^;]+)");

    /** H2's "Database may be already in use": another process holds the file and does not share it. */
    private static final int ALREADY_OPEN = 90020;

    private Database() {
    }

    /** Migrates, then connects; with a schema, creates it if missing and works inside it. */
    static Connection open(String jdbcUrl, String schema) {
        if (schema != null && !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name (lower-case letters, digits, _): " + schema);
        }
        if (DuckDatabase.is(jdbcUrl)) {
            return openDuck(jdbcUrl, schema);
        }
        // Most scripts run unchanged on both; the few that cannot (generated columns, triggers) have one per database.
        String vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        var flyway = Flyway.configure().dataSource(jdbcUrl, null, null)
                .locations("classpath:db/migration", "classpath:db/" + vendor);
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        try {
            flyway.load().migrate();
        } catch (RuntimeException e) {
            throw heldElsewhere(jdbcUrl, e).orElseGet(() -> new StoreException("cannot migrate the store at " + redact(jdbcUrl), e));
        }
        try {
            Connection c = DriverManager.getConnection(jdbcUrl);
            if (schema != null) {
                // The schema name was checked against SCHEMA_NAME above; identifiers cannot be bound.
                try (Statement s = c.createStatement()) {
                    s.execute(jdbcUrl.startsWith("jdbc:postgresql:") ? "SET search_path TO " + schema : "SET SCHEMA " + schema);
                }
            }
            return c;
        } catch (SQLException e) {
            throw heldElsewhere(jdbcUrl, e).orElseGet(() -> new StoreException("cannot open the store at " + redact(jdbcUrl), e));
        }
    }

    /** A DuckDB file, its own scripts applied (see {@link DuckDatabase}); one file is one store, so no schema. */
    private static Connection openDuck(String jdbcUrl, String schema) {
        if (schema != null) {
            throw new IllegalArgumentException("a DuckDB store is one file and has no schemas: " + schema);
        }
        Connection c = null;
        try {
            c = DriverManager.getConnection(jdbcUrl);
            DuckDatabase.migrate(c);
            return c;
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            if (DuckDatabase.heldByAnotherProcess(e)) {
                throw new StoreException("the DuckDB store at " + redact(jdbcUrl) + " is open in another process, and a "
                        + "DuckDB file serves one process at a time: stop that process (its PID is in the cause) and run this again", e);
            }
            throw new StoreException("cannot open the store at " + redact(jdbcUrl), e);
        }
    }

    /** The driver's "already in use" as a message that says who holds the store and what to do. */
    private static Optional<RuntimeException> heldElsewhere(String jdbcUrl, Throwable failure) {
        Matcher embedded = EMBEDDED_FILE.matcher(jdbcUrl);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getErrorCode() == ALREADY_OPEN && embedded.lookingAt()) {
                return Optional.of(new StoreInUse(Path.of(embedded.group(1)).getParent(), failure));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether there is a store to read at a location: a folder must hold the embedded database, a DuckDB URL its file;
     * another {@code jdbc:} URL is taken at its word (the server's database exists or the connection fails, and opening it adds only the schema).
     */
    static boolean holdsStore(String location) {
        if (DuckDatabase.is(location)) {
            return DuckDatabase.exists(location);
        }
        if (location.startsWith("jdbc:")) {
            return true;
        }
        return Files.isRegularFile(Path.of(location).toAbsolutePath().resolve(EMBEDDED_NAME + ".mv.db"));
    }

    /**
     * A {@code jdbc:} URL as given (a DuckDB one with its memory limit added, see {@link DuckDatabase}), or the embedded database "talentflow" in a folder (created if missing). Commits are
     * written at once (WRITE_DELAY=0, not H2's half second): a document shown as stored stays stored when the run is
     * killed, and extraction, not the write, is what bounds the rate of an ingest.
     *
     * <p>AUTO_SERVER shares the store between processes: the first to open it serves it to the others on a loopback
     * port named in talentflow.lock.db (with a random key), so {@code serve}, {@code ingest}, {@code watch} and the
     * queries run side by side on one folder. When that first process ends, AUTO_RECONNECT lets the others reconnect
     * and one of them takes over.
     */
    static String jdbcUrl(String location) {
        if (DuckDatabase.is(location)) {
            return DuckDatabase.withSettings(location);
        }
        if (location.startsWith("jdbc:")) {
            return location;
        }
        if (location.indexOf(';') >= 0) {
            // H2 reads settings after ';' in its URL: a folder name must not smuggle any in.
            throw new IllegalArgumentException("a store folder name cannot contain ';': " + location);
        }
        Path folder = Path.of(location).toAbsolutePath();
        try {
            if (!Files.isDirectory(folder)) {
                createPrivate(folder);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + folder, e);
        }
        // QUERY_CACHE_SIZE: a page runs a score of distinct statements per connection; H2 keeps 8 parsed by default
        // and would parse and plan most of them again on every request.
        return "jdbc:h2:file:" + folder.resolve(EMBEDDED_NAME)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=128"
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE"
                + ";CACHE_SIZE=" + pageCacheKilobytes(Runtime.getRuntime().maxMemory());
    }

    /**
     * A new store folder is its owner's alone where the file system has POSIX permissions: the key that lets a process
     * into the shared store (AUTO_SERVER) is in a file inside it.
     */
    private static void createPrivate(Path folder) throws IOException {
        if (folder.getParent() != null) {
            Files.createDirectories(folder.getParent());
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /**
     * H2's cache of decoded pages, an eighth of the heap (384 MB of the launcher's 3 GB, room left for the language
     * models), never under H2's own 16 MB. With 16 MB a store of a million moves decoded the same summary pages again
     * for every request: under 50 clients the server's p95 was 68-74 ms against 44-49 with 256 MB and its p99 twice as
     * long (the query benchmark's README section has the runs). It fills only as pages are read.
     */
    static long pageCacheKilobytes(long maxHeapBytes) {
        return Math.max(16 * 1024, maxHeapBytes / 8 / 1024);
    }

    /** Passwords in URLs stay out of messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
