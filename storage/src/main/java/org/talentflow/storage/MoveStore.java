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
import java.util.function.Function;

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

    public record Counts(int documents, int people, int organizations, int moves, int evidence) {
    }

    private final Connection connection;
    private final Sql sql;
    private final OrganizationTable organizations;
    private final DocumentWriter writer;
    private final MoveQueries queries;
    private final StoreSession session;
    private final FeedStates feeds;

    private MoveStore(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
        this.organizations = new OrganizationTable(sql);
        PeopleTable people = new PeopleTable(sql);
        this.writer = new DocumentWriter(sql, new MoveWriter(sql, people, organizations));
        this.queries = new MoveQueries(sql, people, organizations);
        this.session = new StoreSession(sql, organizations, queries);
        this.feeds = new FeedStates(sql);
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
     * destination (a second source), or stored as new. Unknown organizations are created.
     */
    public synchronized SaveResult save(Document document, List<Move> moves) {
        return writer.save(document, moves);
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

    /** Runs a read model's queries (the analytics module's) on the store, one call at a time. */
    public synchronized <T> T read(Function<StoreSession, T> query) {
        return query.apply(session);
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

    public synchronized Counts counts() {
        return queries.counts();
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
