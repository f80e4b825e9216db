package org.talentflow.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The feeds table and the entries seen per feed (see {@link FeedState}). */
final class FeedStates {

    /** Entry ids are looked up in chunks: an IN list has a bound on its parameters. */
    private static final int CHUNK = 500;
    /** The width of {@code feed_entries.entry_id}. */
    private static final int MAX_ENTRY_ID = 4000;

    private final Sql sql;

    FeedStates(Sql sql) {
        this.sql = sql;
    }

    FeedState state(String location) {
        return sql.first("SELECT etag, last_modified FROM feeds WHERE location_key = ?",
                        rs -> new FeedState(location, rs.getString(1), rs.getString(2)), key(location))
                .orElse(FeedState.fresh(location));
    }

    void save(FeedState state) {
        sql.transaction(() -> {
            long id = ensure(state.location());
            // A validator longer than its column is not kept: the next poll is then a full GET, nothing worse.
            sql.update("UPDATE feeds SET etag = ?, last_modified = ?, polled_at = ? WHERE id = ?",
                    fits(state.etag(), 1000), fits(state.lastModified(), 200), Timestamp.from(Instant.now()), id);
            return null;
        });
    }

    /** The ids asked about that were marked seen, matched by key: the stored id may be cut (see {@link #markSeen}). */
    Set<String> seen(String location, Collection<String> entryIds) {
        Map<String, String> idsByKey = new HashMap<>();
        entryIds.forEach(id -> idsByKey.put(key(id), id));
        List<String> keys = List.copyOf(idsByKey.keySet());
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = key(location);
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            sql.strings("SELECT e.entry_key FROM feed_entries e JOIN feeds f ON f.id = e.feed_id "
                    + "WHERE f.location_key = ? AND e.entry_key IN (" + Sql.marks(chunk.size()) + ")", args)
                    .forEach(key -> seen.add(idsByKey.get(key)));
        }
        return seen;
    }

    void markSeen(String location, String entryId) {
        sql.transaction(() -> {
            long id = ensure(location);
            if (!sql.exists("SELECT 1 FROM feed_entries WHERE feed_id = ? AND entry_key = ?", id, key(entryId))) {
                // The key identifies the entry; the id is kept for people to read, cut to its column: a feed
                // without guids is identified by its links, and a link can run to any length.
                sql.update("INSERT INTO feed_entries (feed_id, entry_key, entry_id, seen_at) VALUES (?, ?, ?, ?)",
                        id, key(entryId), entryId.substring(0, Math.min(entryId.length(), MAX_ENTRY_ID)),
                        Timestamp.from(Instant.now()));
            }
            return null;
        });
    }

    private long ensure(String location) {
        Long id = sql.queryLong("SELECT id FROM feeds WHERE location_key = ?", key(location));
        return id != null ? id : sql.insert("INSERT INTO feeds (location, location_key) VALUES (?, ?)", location, key(location));
    }

    private static String fits(String value, int max) {
        return value != null && value.length() <= max ? value : null;
    }

    private static String key(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
