package org.talentflow.storage;

import org.flywaydb.core.Flyway;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.Organization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The store of documents, people, organizations, moves and evidence: an embedded H2 database in a folder, or
 * PostgreSQL. One Flyway schema for both; every write is one transaction; the same document twice changes nothing.
 */
public final class MoveStore implements AutoCloseable {

    /** Moves matching a filter; null fields do not filter. */
    public record MoveQuery(String person, String organization, LocalDate since, LocalDate until, Integer limit) {
        public static MoveQuery all() {
            return new MoveQuery(null, null, null, null, null);
        }
    }

    /** What saving one document did. */
    public record SaveResult(boolean duplicate, int newMoves, int corroborated) {
    }

    /** Flows counted between top-level organizations, or between units where the text names one. */
    public enum FlowLevel { PARENT, UNIT }

    /** Moves from one organization to another in a window, with the people who made them. */
    public record Flow(String from, String to, int moves, List<String> people) {
        public Flow {
            people = List.copyOf(people);
        }
    }

    /**
     * One organization's balance in a window: people in and out, and the same weighted by seniority
     * (see {@link org.talentflow.core.domain.Seniority}). Units count for their parent.
     */
    public record NetFlow(String organization, int arrivals, int departures, int weightedArrivals,
                          int weightedDepartures) {
        public int net() {
            return arrivals - departures;
        }

        public int weightedNet() {
            return weightedArrivals - weightedDepartures;
        }
    }

    /** An organization ranked by how many people went there from another (or came from it). */
    public record Ranked(String organization, int moves, List<String> people) {
        public Ranked {
            people = List.copyOf(people);
        }
    }

    /** Arrivals and departures of one organization in one calendar quarter. */
    public record QuarterFlow(int year, int quarter, int arrivals, int departures) {
        public String label() {
            return year + "-Q" + quarter;
        }
    }

    /** A startup founded by an alumnus, with its city when known. */
    public record AlumniStartup(String founder, String startup, String city, String date) {
    }

    public record Counts(int documents, int people, int organizations, int moves, int evidence) {
    }

    /** Flyway reports every migration at INFO on stderr; a CLI user needs only its warnings. Held: JUL keeps weak references. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final Connection connection;
    private final StoreWriter writer;
    private final StoreQueries queries;
    private final Watchlists watchlists;

    private MoveStore(Connection connection) {
        this.connection = connection;
        this.writer = new StoreWriter(connection);
        this.queries = new StoreQueries(connection);
        this.watchlists = new Watchlists(connection);
    }

    /** A folder (embedded database inside it, created if missing) or a {@code jdbc:} URL. */
    public static MoveStore open(String location) {
        return open(jdbcUrl(location), null);
    }

    /** A JDBC URL and the schema to work in (created if missing); null keeps the connection's default. */
    public static MoveStore open(String jdbcUrl, String schema) {
        if (schema != null && !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        var flyway = Flyway.configure().dataSource(jdbcUrl, null, null).locations("classpath:db/migration");
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
        try {
            Connection c = DriverManager.getConnection(jdbcUrl);
            if (schema != null) {
                try (Statement s = c.createStatement()) {
                    s.execute(jdbcUrl.startsWith("jdbc:postgresql:") ? "SET search_path TO " + schema : "SET SCHEMA " + schema);
                }
            }
            return new MoveStore(c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + redact(jdbcUrl), e);
        }
    }

    static String jdbcUrl(String location) {
        if (location.startsWith("jdbc:")) {
            return location;
        }
        Path folder = Path.of(location).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + folder, e);
        }
        return "jdbc:h2:file:" + folder.resolve("talentflow")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Passwords in URLs stay out of messages. */
    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public synchronized void syncOrganizations(Collection<Organization> organizations) {
        writer.syncOrganizations(organizations);
    }

    public synchronized SaveResult save(Document document, List<Move> moves) {
        return writer.save(document, moves);
    }

    public synchronized List<StoredMove> moves(MoveQuery query) {
        return queries.moves(query);
    }

    public synchronized Optional<PersonView> person(String name) {
        return queries.person(name);
    }

    public synchronized Optional<OrgView> organization(String name) {
        return queries.organization(name);
    }

    public synchronized List<Flow> flows(LocalDate since, LocalDate until, FlowLevel level) {
        return queries.flows(since, until, level);
    }

    /** Every organization with moves in the window, the biggest net gain first. */
    public synchronized List<NetFlow> netFlows(LocalDate since, LocalDate until) {
        return queries.netFlows(since, until);
    }

    /** Where an organization's people went (its units included), most first. */
    public synchronized List<Ranked> destinations(String organization, LocalDate since, LocalDate until, int limit) {
        return queries.ranked(organization, since, until, limit, true);
    }

    /** Where an organization's arrivals came from, most first. */
    public synchronized List<Ranked> sources(String organization, LocalDate since, LocalDate until, int limit) {
        return queries.ranked(organization, since, until, limit, false);
    }

    /** Arrivals and departures per quarter, oldest first; undated moves are left out. */
    public synchronized List<QuarterFlow> quarterlyTrend(String organization) {
        return queries.quarterlyTrend(organization);
    }

    /** Startups founded by people who left the organization, with their cities. */
    public synchronized List<AlumniStartup> alumniStartups(String organization) {
        return queries.alumniStartups(organization);
    }

    /** Adds a person or an organization to a watchlist (created if new); adding twice changes nothing. */
    public synchronized void watch(String watchlist, Watchlists.Kind kind, String name) {
        watchlists.watch(watchlist, kind, name);
    }

    /** What a watchlist follows. */
    public synchronized List<Watchlists.Item> watched(String watchlist) {
        return watchlists.items(watchlist);
    }

    /** The moves touching a watchlist's people or organizations stored since its last check; marks them seen. */
    public synchronized List<StoredMove> checkWatchlist(String watchlist) {
        return watchlists.check(watchlist, ids -> queries.movesById(ids));
    }

    public synchronized Counts counts() {
        return queries.counts();
    }

    /** SHA-256 of the whole logical content, without generated ids and timestamps. */
    public synchronized String contentDigest() {
        return ContentDigest.of(connection);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }
}
