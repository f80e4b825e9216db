package org.talentflow.core.ingest;

import java.util.List;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.extract.DocumentExtractor;

/**
 * The one use case of ingesting an article, whatever it came through (files, feeds, the HTTP API, a Spark task):
 * a text already stored is not extracted again, and the moves found in a new one are saved with it in one
 * transaction. Entry points that extract many documents in parallel call its two halves, {@link #extract} on the
 * worker threads and {@link #store} in input order; the others call {@link #ingest}.
 */
public final class IngestArticle {

    /** What ingesting one document did, and what extraction left out of it (empty when it was not extracted). */
    public record Ingested(SaveResult result, DocumentMoves found) {
    }

    private final ArticleStore store;
    private final DocumentExtractor extractor;

    public IngestArticle(ArticleStore store, DocumentExtractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    /** Whether the text is stored already (under any name): extraction, the expensive step, can be skipped. */
    public boolean isStored(Document document) {
        return store.hasDocument(document.contentHash());
    }

    /** The moves of a document; safe to call from many threads at once. */
    public DocumentMoves extract(Document document) {
        return extractor.extract(document);
    }

    /** Saves a document with the moves found in it. */
    public SaveResult store(DocumentMoves found) {
        return store.save(found.document(), found.moves(), extractor.version());
    }

    /** Extracts and saves one document, or finds it stored and changes nothing. */
    public Ingested ingest(Document document) {
        if (isStored(document)) {
            return new Ingested(SaveResult.DUPLICATE, new DocumentMoves(document, List.of()));
        }
        DocumentMoves found = extract(document);
        return new Ingested(store(found), found);
    }
}
