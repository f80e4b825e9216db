package org.talentflow.core.ingest;

import java.util.List;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;

/**
 * What re-extracting stored articles needs from a store (the port {@link ReextractArticles} works through; the
 * storage module's store is its adapter). Each document records the version of the extractor that made its moves.
 */
public interface StoredArticles {

    /** A stored document and its place in the store's order, to page on from. */
    record StoredArticle(long position, Document document) {
    }

    /**
     * What replacing one document's moves did to the store.
     *
     * @param added   moves that did not exist before
     * @param removed moves that existed and are gone: no document reports them any more
     * @param changed moves that stayed and now read otherwise (role, date, confidence, counts of sources)
     */
    record Replaced(int added, int removed, int changed) {
        public static final Replaced NOTHING = new Replaced(0, 0, 0);

        public Replaced plus(Replaced other) {
            return new Replaced(added + other.added, removed + other.removed, changed + other.changed);
        }
    }

    /** How many stored documents were extracted by another version than this one, or by an unknown one. */
    int countExtractedOtherwise(String extractorVersion);

    /** Up to limit of those documents, in store order, after the given position (0 for the first). */
    List<StoredArticle> extractedOtherwise(String extractorVersion, long after, int limit);

    /**
     * In one transaction: the stored document with this text reports these moves instead of those it reported, and was
     * extracted by this version. Its story links and the store's watchlists stay as they are; a move no document
     * reports any more is removed. A document no longer stored changes nothing.
     */
    Replaced replaceMoves(Document document, List<Move> moves, String extractorVersion);
}
