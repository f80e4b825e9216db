package org.talentflow.storage;

import org.talentflow.core.resolve.PersonNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Watchlists of people and organizations. A check finds the moves stored after the list's high-water mark that
 * touch a watched person (any spelling) or organization (its units included), then moves the mark.
 */
public final class Watchlists {

    public enum Kind { PERSON, ORG }

    public record Item(Kind kind, String name) {
    }

    private final Connection c;

    Watchlists(Connection connection) {
        this.c = connection;
    }

    void watch(String watchlist, Kind kind, String name) {
        transaction(() -> {
            long id = ensure(watchlist);
            String key = kind == Kind.PERSON ? PersonNames.key(name) : name.strip().toLowerCase(Locale.ROOT);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM watch_items WHERE watchlist_id = ? AND kind = ? AND watched_key = ?")) {
                ps.setLong(1, id);
                ps.setString(2, kind.name());
                ps.setString(3, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO watch_items (watchlist_id, kind, watched, watched_key) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, kind.name());
                ps.setString(3, name.strip());
                ps.setString(4, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    List<Item> items(String watchlist) {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.kind, i.watched FROM watch_items i JOIN watchlists w "
                + "ON w.id = i.watchlist_id WHERE w.name = ? ORDER BY i.kind, i.watched")) {
            ps.setString(1, watchlist);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(Kind.valueOf(rs.getString(1)), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("watchlist query failed", e);
        }
        return items;
    }

    List<StoredMove> check(String watchlist, Function<List<Long>, List<StoredMove>> load) {
        return transaction(() -> {
            long id = ensure(watchlist);
            long mark;
            try (PreparedStatement ps = c.prepareStatement("SELECT last_seen_move_id FROM watchlists WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    mark = rs.getLong(1);
                }
            }
            // Organizations match by name or alias, and a parent matches the moves of its units.
            String sql = "SELECT DISTINCT m.id FROM moves m JOIN people p ON p.id = m.person_id WHERE m.id > ? AND ("
                    + "p.person_key IN (SELECT watched_key FROM watch_items WHERE watchlist_id = ? AND kind = 'PERSON') "
                    + "OR EXISTS (SELECT 1 FROM watch_items i JOIN organizations o ON (o.name_key = i.watched_key "
                    + "OR o.id IN (SELECT org_id FROM org_aliases WHERE alias_key = i.watched_key)) "
                    + "WHERE i.watchlist_id = ? AND i.kind = 'ORG' AND o.id IN (m.from_org_id, m.from_unit_id, m.to_org_id, m.to_unit_id)))";
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, mark);
                ps.setLong(2, id);
                ps.setLong(3, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE watchlists SET last_seen_move_id = (SELECT COALESCE(MAX(id), 0) FROM moves) WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return load.apply(ids);
        });
    }

    private long ensure(String watchlist) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM watchlists WHERE name = ?")) {
            ps.setString(1, watchlist);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO watchlists (name) VALUES (?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, watchlist);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("watchlist update failed and was rolled back", e);
        }
    }
}
