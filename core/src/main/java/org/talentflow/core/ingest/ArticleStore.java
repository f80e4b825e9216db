package org.talentflow.core.ingest;

import java.util.List;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;

/**
 * What ingesting an article needs from a store (the port {@link IngestArticle} writes through; the storage module's
 * store is its adapter). A save is one transaction, and the same text saved twice changes nothing.
 */
public interface ArticleStore {

    /** Whether a document with this content hash ({@link Document#contentHash()}) is stored: it need not be extracted. */
    boolean hasDocument(String contentHash);

    /**
     * Stores one document and the moves extraction found in it, merging each into the stored move it reports again,
     * or a duplicate of a stored text that changes nothing. The document records the version of the extractor that
     * found its moves ({@link org.talentflow.core.extract.DocumentExtractor#version()}).
     */
    SaveResult save(Document document, List<Move> moves, String extractorVersion);
}
