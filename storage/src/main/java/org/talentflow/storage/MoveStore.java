package org.talentflow.storage;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.ingest.ArticleStore;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.ingest.StoredArticles;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store of documents, people, organizations, moves and evidence: an embedded H2 database in a folder, PostgreSQL,
 * or a DuckDB file. One Flyway schema for H2 and PostgreSQL, with summaries kept by triggers; plain tables on DuckDB.
 * Every write is one transaction; the same document twice changes nothing.
 */
public final class MoveStore implements ArticleStore, StoredArticles, AutoCloseable {

    /** Moves matching a filter; null fields do not filter. */
    public record MoveQuery(String person, String organization, LocalDate since, LocalDate until, Integer limit) {
        public static MoveQuery all() {
            return new MoveQuery(null, null, null, null, null);
        }
    }

    /** An input file as an ingest run saw it: a restart skips it when it was finished with this size and time. */
    public record InputFile(String path, long size, long modified) {
    }

    /** Rows in the store; stories are documents counted with their syndicated copies as one. */
    public record Counts(int documents, int stories, int people, int organizations, int moves, int evidence) {
    }

    private final Connection connection;
    private final Sql sql;
    private final OrganizationTable organizations;
    private final DocumentWriter writer;
    private final Reextractions reextractions;
    private final StoreSession session;
    private final FeedStates feeds;
    private final Checkpoints checkpoints;
    private final ReadPool reads;

    /** Writes go one at a time through the connection; reads borrow from the pool and run side by side. */
    private MoveStore(Connection connection, ReadPool reads) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.organizations = new OrganizationTable(sql);
        PeopleTable people = new PeopleTable(sql);
        Stories stories = new Stories(sql);
        stories.backfill();
        MoveWriter moves = new MoveWriter(sql, people, organizations);
        this.writer = new DocumentWriter(sql, moves, stories);
        this.reextractions = new Reextractions(sql, moves);
        this.session = new StoreSession(sql, organizations, new MoveQueries(sql, people, organizations));
        this.feeds = new FeedStates(sql);
        this.checkpoints = new Checkpoints(sql);
        this.reads = reads;
    }

    private static MoveStore connect(String url, String schema) {
        String jdbcUrl = DuckDatabase.is(url) ? DuckDatabase.withSettings(url) : url;
        Connection writes = Database.open(jdbcUrl, schema);
        try {
            return new MoveStore(writes, ReadPool.open(jdbcUrl, schema, ReadPool.DEFAULT_SIZE));
        } catch (RuntimeException e) {
            try {
                writes.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * A folder (the embedded database "talentflow" inside it, created if missing) or a {@code jdbc:} URL
     * (jdbc:postgresql://..., jdbc:h2:..., jdbc:duckdb:/path/file.duckdb). Migrations run on open.
     */
    public static MoveStore open(String location) {
        return connect(Database.jdbcUrl(location), null);
    }

    /**
     * Whether {@link #open(String)} would find a store at a location rather than make one: a folder holding the
     * embedded database, or any {@code jdbc:} URL. Checking leaves the location as it was.
     */
    public static boolean holdsStore(String location) {
        return Database.holdsStore(location);
    }

    /** The JDBC URL {@link #open(String)} uses for a location: a folder's embedded database with its settings, or the URL as given. */
    public static String jdbcUrl(String location) {
        return Database.jdbcUrl(location);
    }

    /** A JDBC URL and the schema to work in (created if missing); null keeps the connection's default. */
    public static MoveStore open(String jdbcUrl, String schema) {
        return connect(jdbcUrl, schema);
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
    @Override
    public synchronized SaveResult save(Document document, List<Move> moves, String extractorVersion) {
        return writer.save(document, moves, extractorVersion);
    }

    /**
     * {@link #save(Document, List, String)} for moves no extractor version stands for (written by hand, or by a
     * benchmark): {@code reextract} counts them as made by an unknown extractor and replaces them.
     */
    public SaveResult save(Document document, List<Move> moves) {
        return save(document, moves, null);
    }

    @Override
    public int countExtractedOtherwise(String extractorVersion) {
        return reads.apply(s -> Reextractions.countOtherThan(s.sql(), extractorVersion));
    }

    @Override
    public List<StoredArticle> extractedOtherwise(String extractorVersion, long after, int limit) {
        return reads.apply(s -> Reextractions.otherThan(s.sql(), extractorVersion, after, limit));
    }

    @Override
    public synchronized Replaced replaceMoves(Document document, List<Move> moves, String extractorVersion) {
        return reextractions.replace(document, moves, extractorVersion);
    }

    /** Whether a document with this content hash ({@link Document#contentHash()}) is stored: it need not be extracted. */
    @Override
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
    public List<StoredMove> moves(MoveQuery query) {
        return reads.apply(s -> s.queries().moves(query));
    }

    /** A person by any spelling of the name (same resolution key) or a stored alias; moves oldest first. */
    public Optional<PersonView> person(String name) {
        return reads.apply(s -> s.queries().person(name));
    }

    /** How many departures, arrivals and founders an organization page shows unless asked for another page. */
    public static final int ORG_PAGE = 20;

    /**
     * An organization by canonical name or alias, case-insensitively, with the moves of its units rolled up: the
     * latest {@value #ORG_PAGE} departures, arrivals and alumni founders, and how many there are in all.
     */
    public Optional<OrgView> organization(String name) {
        return organization(name, 0, ORG_PAGE);
    }

    /** The organization page with limit departures, arrivals and founders each, skipping the offset newest. */
    public Optional<OrgView> organization(String name, int offset, int limit) {
        return reads.apply(s -> s.queries().organization(name, Math.max(0, offset), Math.max(0, limit)));
    }

    /** Runs a read model's queries (the analytics module's) on a read connection; many calls run at once. */
    public <T> T read(Function<StoreSession, T> query) {
        return reads.apply(query);
    }

    /** Runs a read model's writes (watchlist marks, say) as one transaction: committed whole or rolled back whole. */
    public synchronized <T> T write(Function<StoreSession, T> work) {
        return sql.transaction(() -> work.apply(session));
    }

    /** The validators of a feed's last full response; a feed never polled has none. */
    public synchronized FeedState feedState(String location) {
        return feeds.state(location);
    }

    /** Remembers a feed's validators for the next conditional GET. */
    public synchronized void saveFeedState(FeedState state) {
        feeds.save(state);
    }

    /** Which of these entry ids of a feed were already ingested. */
    public synchronized java.util.Set<String> seenFeedEntries(String location, Collection<String> entryIds) {
        return feeds.seen(location, entryIds);
    }

    /** Marks an entry of a feed ingested: it will not be fetched or ingested again. Marking twice changes nothing. */
    public synchronized void markFeedEntrySeen(String location, String entryId) {
        feeds.markSeen(location, entryId);
    }

    public Counts counts() {
        return reads.apply(s -> s.queries().counts());
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
        reads.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store", e);
        }
    }
}
