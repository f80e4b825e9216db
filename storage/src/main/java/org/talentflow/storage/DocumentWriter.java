package org.talentflow.storage;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.syndication.MinHashSignature;
import org.talentflow.core.syndication.Sites;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Saves one article and the moves it reports as one transaction. The content hash makes ingestion idempotent: an
 * article already stored, under any file name, changes nothing; a run killed midway loses only its open document.
 * A near-duplicate of a stored article (a syndicated copy) is stored as a source of its own, linked to the story it
 * copies, and its moves add evidence to the story's moves rather than making new ones.
 */
final class DocumentWriter {

    private final Sql sql;
    private final MoveWriter moves;
    private final Stories stories;
    private boolean recognizeCopies = true;

    DocumentWriter(Sql sql, MoveWriter moves, Stories stories) {
        this.sql = sql;
        this.moves = moves;
        this.stories = stories;
    }

    void recognizeCopies(boolean on) {
        this.recognizeCopies = on;
    }

    boolean contains(String contentHash) {
        return sql.exists("SELECT 1 FROM documents WHERE content_hash = ?", contentHash);
    }

    SaveResult save(Document document, List<Move> found, String extractorVersion) {
        return sql.transaction(() -> {
            String hash = document.contentHash();
            if (contains(hash)) {
                return SaveResult.DUPLICATE;
            }
            // The signature is kept even when copies are not recognized, so that a later run that does finds them.
            Optional<MinHashSignature> signature = MinHashSignature.of(document.text());
            Optional<Stories.Story> copied = recognizeCopies ? signature.flatMap(s -> stories.copiedBy(document.text(), s)) : Optional.empty();
            String site = Sites.of(document.url());
            long documentId = sql.insert("INSERT INTO documents (name, url, title, published, content_hash, text, ingested_at, "
                            + "site, signature, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", document.name(),
                    document.url(), document.title(), document.published(), hash, document.text(),
                    Timestamp.from(Instant.now()), site, Stories.stored(signature), extractorVersion);
            stories.link(documentId, copied, site, hash, signature);
            Long story = copied.map(Stories.Story::id).orElse(null);
            Set<Long> created = new HashSet<>();
            Set<Long> corroborated = new HashSet<>();
            for (Move m : found) {
                MoveWriter.Recorded r = moves.record(documentId, m, story);
                if (r.created()) {
                    created.add(r.moveId());
                } else if (!created.contains(r.moveId())) {
                    // Two sentences of one article about one move are one report; another article is a second source.
                    corroborated.add(r.moveId());
                }
            }
            return new SaveResult(false, created.size(), corroborated.size(),
                    copied.map(Stories.Story::firstDocument).orElse(null));
        });
    }
}
