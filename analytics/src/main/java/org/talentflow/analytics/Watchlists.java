package org.talentflow.analytics;

import org.talentflow.core.resolve.PersonNames;
import org.talentflow.storage.Sql;
import org.talentflow.storage.StoreSession;

import java.util.List;

/**
 * Watchlists of people and organizations. A check finds the moves stored after the list's high-water mark that
 * touch a watched person (any spelling) or organization (its units included), then moves the mark.
 */
public final class Watchlists {

    public enum Kind { PERSON, ORG }

    public record Item(Kind kind, String name) {
    }

    private final Sql sql;

    Watchlists(StoreSession store) {
        this.sql = store.sql();
    }

    /** Within a write: adds the item unless the list has it already. */
    void watch(String watchlist, Kind kind, String name) {
        long id = ensure(watchlist);
        String key = kind == Kind.PERSON ? PersonNames.key(name) : StoreSession.organizationKey(name);
        if (!sql.exists("SELECT 1 FROM watch_items WHERE watchlist_id = ? AND kind = ? AND watched_key = ?",
                id, kind.name(), key)) {
            sql.update("INSERT INTO watch_items (watchlist_id, kind, watched, watched_key) VALUES (?, ?, ?, ?)",
                    id, kind.name(), name.strip(), key);
        }
    }

    List<Item> items(String watchlist) {
        return sql.list("SELECT i.kind, i.watched FROM watch_items i JOIN watchlists w ON w.id = i.watchlist_id "
                        + "WHERE w.name = ? ORDER BY i.kind, i.watched",
                rs -> new Item(Kind.valueOf(rs.getString(1)), rs.getString(2)), watchlist);
    }

    /** A watchlist's name and how many people and organizations it follows. */
    public record Summary(String name, int items) {
    }

    List<Summary> lists() {
        return sql.list("SELECT w.name, COUNT(i.kind) FROM watchlists w LEFT JOIN watch_items i ON i.watchlist_id = w.id "
                + "GROUP BY w.name ORDER BY w.name", rs -> new Summary(rs.getString(1), rs.getInt(2)));
    }

    boolean exists(String watchlist) {
        return sql.exists("SELECT 1 FROM watchlists WHERE name = ?", watchlist);
    }

    /** Within a write: the ids of the moves new since the last check, and the mark moved past them. */
    List<Long> check(String watchlist) {
        long id = ensure(watchlist);
        List<Long> found = fresh(id);
        sql.update("UPDATE watchlists SET last_seen_move_id = (SELECT COALESCE(MAX(id), 0) FROM moves) WHERE id = ?", id);
        return found;
    }

    /** The ids of the moves a check would report now, without moving the mark; none for an unknown list. */
    List<Long> unseen(String watchlist) {
        Long id = sql.queryLong("SELECT id FROM watchlists WHERE name = ?", watchlist);
        return id == null ? List.of() : fresh(id);
    }

    private List<Long> fresh(long id) {
        long mark = sql.queryLong("SELECT last_seen_move_id FROM watchlists WHERE id = ?", id);
        // Organizations match by name or alias, and a parent matches the moves of its units.
        return sql.list("SELECT DISTINCT m.id FROM moves m JOIN people p ON p.id = m.person_id WHERE m.id > ? AND ("
                + "p.person_key IN (SELECT watched_key FROM watch_items WHERE watchlist_id = ? AND kind = 'PERSON') "
                + "OR EXISTS (SELECT 1 FROM watch_items i JOIN organizations o ON (o.name_key = i.watched_key "
                + "OR o.id IN (SELECT org_id FROM org_aliases WHERE alias_key = i.watched_key)) "
                + "WHERE i.watchlist_id = ? AND i.kind = 'ORG' AND o.id IN (m.from_org_id, m.from_unit_id, m.to_org_id, m.to_unit_id)))",
                rs -> rs.getLong(1), mark, id, id);
    }

    private long ensure(String watchlist) {
        Long id = sql.queryLong("SELECT id FROM watchlists WHERE name = ?", watchlist);
        return id != null ? id : sql.insert("INSERT INTO watchlists (name) VALUES (?)", watchlist);
    }
}
