package org.talentflow.storage;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.Organization;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /**
     * What saving one document did.
     *
     * @param duplicate    the same text was already stored: nothing changed
     * @param newMoves     moves the document reported first
     * @param corroborated stored moves it reported again (a further source, or a syndicated copy of one)
     * @param copyOf       for a near-duplicate of a stored story (a syndicated copy), the name of the story's first
     *                     document; null for an original
     */
    public record SaveResult(boolean duplicate, int newMoves, int corroborated, String copyOf) {
        public boolean nearDuplicate() {
            return copyOf != null;
        }
    }

    /** An input file as an ingest run saw it: a restart skips it when it was finished with this size and time. */
    public record InputFile(String path, long size, long modified) {
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

    /** Rows in the store; stories are documents counted with their syndicated copies as one. */
    public record Counts(int documents, int stories, int people, int organizations, int moves, int evidence) {
    }

    private final Connection connection;
    private final Sql sql;
    private final OrganizationTable organizations;
    private final DocumentWriter writer;
    private final MoveQueries queries;
    private final FlowQueries flows;
    private final OrgAnalytics analytics;
    private final Watchlists watchlists;
    private final Checkpoints checkpoints;

    private MoveStore(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.organizations = new OrganizationTable(sql);
        PeopleTable people = new PeopleTable(sql);
        Stories stories = new Stories(sql);
        stories.backfill();
        this.writer = new DocumentWriter(sql, new MoveWriter(sql, people, organizations), stories);
        this.queries = new MoveQueries(sql, people, organizations);
        this.flows = new FlowQueries(sql);
        this.analytics = new OrgAnalytics(sql, organizations);
        this.watchlists = new Watchlists(sql, queries);
        this.checkpoints = new Checkpoints(sql);
    }

    /**
     * A folder (the embedded database "talentflow" inside it, created if missing) or a {@code jdbc:} URL
     * (jdbc:postgresql://..., jdbc:h2:...). Migrations run on open.
     */
    public static MoveStore open(String location) {
        return new MoveStore(Database.open(Database.jdbcUrl(location), null));
    }

    /** A JDBC URL and the schema to work in (created if missing); null keeps the connection's default. */
    public static MoveStore open(String jdbcUrl, String schema) {
        return new MoveStore(Database.open(jdbcUrl, schema));
    }

    /** Upserts the gazetteer's organizations (kind, parent, ticker, city, aliases); running it twice changes nothing. */
    public synchronized void syncOrganizations(Collection<Organization> organizations) {
        sql.transaction(() -> {
            this.organizations.sync(organizations);
            return null;
        });
    }

    /**
     * Stores one document and its moves in one transaction. A document whose content is already stored is a
     * duplicate and changes nothing; each move is merged into the stored move of the same person, kind, origin and
     * destination (a second source), or stored as new. Unknown organizations are created. A near-duplicate of a stored
     * document (a syndicated copy) is stored linked to that document's story, and its moves add evidence to the
     * story's moves that they agree with (see {@link org.talentflow.core.syndication.SyndicatedMoves}).
     */
    public synchronized SaveResult save(Document document, List<Move> moves) {
        return writer.save(document, moves);
    }

    /** Whether a document with this content hash ({@link Document#contentHash()}) is stored: it need not be extracted. */
    public synchronized boolean hasDocument(String contentHash) {
        return writer.contains(contentHash);
    }

    /**
     * Whether near-duplicates are linked to the story they copy (the default). Off, every distinct text is a story of
     * its own; signatures are still stored, so a later run with it on recognizes copies of these documents.
     */
    public synchronized void recognizeCopies(boolean on) {
        writer.recognizeCopies(on);
    }

    /** Whether an ingest run finished this input as it is now (same path, size and modification time). */
    public synchronized boolean finished(InputFile input) {
        return checkpoints.finished(input);
    }

    /** Records that every document of this input is stored (or was a duplicate), so a restart can skip it. */
    public synchronized void markFinished(InputFile input, int documents) {
        checkpoints.markFinished(input, documents);
    }

    /**
     * Moves newest first (by when they happened, then when first reported, then id). The organization filter
     * matches origin or destination, and a parent matches the moves of its units.
     */
    public synchronized List<StoredMove> moves(MoveQuery query) {
        return queries.moves(query);
    }

    /** A person by any spelling of the name (same resolution key) or a stored alias; moves oldest first. */
    public synchronized Optional<PersonView> person(String name) {
        return queries.person(name);
    }

    /** An organization by canonical name or alias, case-insensitively, with the moves of its units rolled up. */
    public synchronized Optional<OrgView> organization(String name) {
        return queries.organization(name);
    }

    /**
     * Moves with both ends known grouped by (from, to) at the level, the biggest first. A move's time is its date,
     * else its first report; undated moves count only when the window is open at both ends.
     */
    public synchronized List<Flow> flows(LocalDate since, LocalDate until, FlowLevel level) {
        return flows.flows(since, until, level);
    }

    /** Every organization with moves in the window, the biggest net gain first. */
    public synchronized List<NetFlow> netFlows(LocalDate since, LocalDate until) {
        return flows.netFlows(since, until);
    }

    /** Where an organization's people went (its units included), most first. */
    public synchronized List<Ranked> destinations(String organization, LocalDate since, LocalDate until, int limit) {
        return analytics.ranked(organization, since, until, limit, true);
    }

    /** Where an organization's arrivals came from, most first. */
    public synchronized List<Ranked> sources(String organization, LocalDate since, LocalDate until, int limit) {
        return analytics.ranked(organization, since, until, limit, false);
    }

    /** Arrivals and departures per quarter, oldest first; undated moves are left out. */
    public synchronized List<QuarterFlow> quarterlyTrend(String organization) {
        return analytics.quarterlyTrend(organization);
    }

    /** Startups founded by people who left the organization, with their cities. */
    public synchronized List<AlumniStartup> alumniStartups(String organization) {
        return analytics.alumniStartups(organization);
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
        return watchlists.check(watchlist);
    }

    public synchronized Counts counts() {
        return queries.counts();
    }

    /** The store's SQL, for tests that set up states no public operation makes (a store from an older version). */
    Sql sql() {
        return sql;
    }

    /** SHA-256 of the whole logical content, without generated ids and timestamps. */
    public synchronized String contentDigest() {
        return ContentDigest.of(sql);
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
