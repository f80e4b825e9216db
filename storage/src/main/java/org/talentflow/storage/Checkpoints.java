package org.talentflow.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The inputs an ingest run finished, so that a restart skips them whole instead of reading them again. An input is
 * known by its path, size and modification time: a file that changed is read again (and its stored documents are
 * then skipped by content hash, so nothing is stored twice either way).
 */
final class Checkpoints {

    private final Sql sql;

    Checkpoints(Sql sql) {
        this.sql = sql;
    }

    boolean finished(MoveStore.InputFile input) {
        return sql.exists("SELECT 1 FROM ingest_checkpoints WHERE input_key = ? AND size = ? AND modified = ?",
                key(input.path()), input.size(), input.modified());
    }

    void markFinished(MoveStore.InputFile input, int documents) {
        sql.transaction(() -> {
            String key = key(input.path());
            sql.update("DELETE FROM ingest_checkpoints WHERE input_key = ?", key);
            sql.update("INSERT INTO ingest_checkpoints (input_key, input, size, modified, documents, finished_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", key, input.path(), input.size(), input.modified(), documents,
                    Timestamp.from(Instant.now()));
            return null;
        });
    }

    /** Paths can be longer than an index entry may be; their hash is not. */
    private static String key(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
