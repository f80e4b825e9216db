package org.talentflow.storage;

import java.util.List;
import java.util.Optional;

/**
 * What a read model built on the store (the analytics module) gets for one call: bound SQL on a connection of the
 * store, and the store's own ways to find organizations and load moves, so that names resolve the same everywhere.
 */
public final class StoreSession {

    private final Sql sql;
    private final OrganizationTable organizations;
    private final MoveQueries moves;

    StoreSession(Sql sql, OrganizationTable organizations, MoveQueries moves) {
        this.sql = sql;
        this.organizations = organizations;
        this.moves = moves;
    }

    /** The tables and read models on one connection. */
    static StoreSession on(Sql sql) {
        OrganizationTable organizations = new OrganizationTable(sql);
        return new StoreSession(sql, organizations, new MoveQueries(sql, new PeopleTable(sql), organizations));
    }

    MoveQueries queries() {
        return moves;
    }

    public Sql sql() {
        return sql;
    }

    /** An organization by canonical name or alias, case-insensitively; null when unknown. */
    public Long organizationId(String name) {
        return organizations.find(name);
    }

    /** The organization and its units at any depth: what "the moves of an organization" covers. */
    public List<Long> withUnits(long organizationId) {
        return organizations.withUnits(organizationId);
    }

    /** The key an organization name is looked up by (case and outer spaces folded). */
    public static String organizationKey(String name) {
        return OrganizationTable.key(name);
    }

    /** An organization's page (its latest departures, arrivals and founders, with totals), on this connection. */
    public Optional<OrgView> organization(String name, int offset, int limit) {
        return moves.organization(name, offset, limit);
    }

    /** Stored moves with their evidence, newest first. */
    public List<StoredMove> movesByIds(List<Long> ids) {
        return moves.byIds(ids);
    }
}
