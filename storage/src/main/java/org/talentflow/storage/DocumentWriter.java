package org.talentflow.storage;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Saves one article and the moves it reports as one transaction. The content hash makes ingestion idempotent: an
 * article already stored, under any file name, changes nothing; a run killed midway loses only its open document.
 */
final class DocumentWriter {

    private final Sql sql;
    private final MoveWriter moves;

    DocumentWriter(Sql sql, MoveWriter moves) {
        this.sql = sql;
        this.moves = moves;
    }

    MoveStore.SaveResult save(Document document, List<Move> found) {
        return sql.transaction(() -> {
            String hash = document.contentHash();
            if (sql.exists("SELECT 1 FROM documents WHERE content_hash = ?", hash)) {
                return new MoveStore.SaveResult(true, 0, 0);
            }
            long documentId = sql.insert("INSERT INTO documents (name, url, title, published, content_hash, text, ingested_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", document.name(), document.url(), document.title(),
                    document.published(), hash, document.text(), Timestamp.from(Instant.now()));
            Set<Long> created = new HashSet<>();
            Set<Long> corroborated = new HashSet<>();
            for (Move m : found) {
                MoveWriter.Recorded r = moves.record(documentId, m);
                if (r.created()) {
                    created.add(r.moveId());
                } else if (!created.contains(r.moveId())) {
                    // Two sentences of one article about one move are one report; another article is a second source.
                    corroborated.add(r.moveId());
                }
            }
            return new MoveStore.SaveResult(false, created.size(), corroborated.size());
        });
    }
}
