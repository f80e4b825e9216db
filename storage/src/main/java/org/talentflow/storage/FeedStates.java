package org.talentflow.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** The feeds table and the entries seen per feed (see {@link FeedState}). */
final class FeedStates {

    /** Entry ids are looked up in chunks: an IN list has a bound on its parameters. */
    private static final int CHUNK = 500;

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

    Set<String> seen(String location, Collection<String> entryIds) {
        Set<String> seen = new HashSet<>();
        List<String> ids = List.copyOf(entryIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = key(location);
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = key(chunk.get(i));
            }
            seen.addAll(sql.strings("SELECT e.entry_id FROM feed_entries e JOIN feeds f ON f.id = e.feed_id "
                    + "WHERE f.location_key = ? AND e.entry_key IN (" + Sql.marks(chunk.size()) + ")", args));
        }
        return seen;
    }

    void markSeen(String location, String entryId) {
        sql.transaction(() -> {
            long id = ensure(location);
            if (!sql.exists("SELECT 1 FROM feed_entries WHERE feed_id = ? AND entry_key = ?", id, key(entryId))) {
                sql.update("INSERT INTO feed_entries (feed_id, entry_key, entry_id, seen_at) VALUES (?, ?, ?, ?)",
                        id, key(entryId), entryId, Timestamp.from(Instant.now()));
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
