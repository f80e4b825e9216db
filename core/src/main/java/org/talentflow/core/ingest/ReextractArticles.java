package org.talentflow.core.ingest;

import java.util.List;
import java.util.function.Consumer;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.extract.DocumentExtractor;
import org.talentflow.core.ingest.StoredArticles.Replaced;
import org.talentflow.core.ingest.StoredArticles.StoredArticle;

/**
 * The use case of bringing a store up to the current extractor: every stored document whose moves another extractor
 * version made (older lexicon, patterns, gazetteer, model or code) is extracted again from its stored text, and its
 * moves are replaced by what the current extractor finds. Each document is one transaction that also records the new
 * version, so a run killed midway resumes where it stopped, and a run over an up-to-date store changes nothing.
 * Like {@link IngestArticle}, its halves run apart: {@link #extract} on worker threads, {@link #store} in order.
 */
public final class ReextractArticles {

    /** Documents read from the store at a time: enough to keep the workers busy, few enough to hold in memory. */
    static final int PAGE = 256;

    private final StoredArticles store;
    private final DocumentExtractor extractor;

    public ReextractArticles(StoredArticles store, DocumentExtractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    /** The version documents are brought to. */
    public String version() {
        return extractor.version();
    }

    /** How many stored documents another extractor made the moves of. */
    public int outdated() {
        return store.countExtractedOtherwise(extractor.version());
    }

    /**
     * Hands each outdated document to the consumer, in store order. Pages are read as the consumer takes them, so a
     * document re-extracted meanwhile is not handed out again, and one that failed is not handed out twice.
     */
    public void forEachOutdated(Consumer<Document> each) {
        long after = 0;
        while (true) {
            List<StoredArticle> page = store.extractedOtherwise(extractor.version(), after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (StoredArticle a : page) {
                each.accept(a.document());
            }
            after = page.get(page.size() - 1).position();
        }
    }

    /** The document's moves as the current extractor finds them; safe to call from many threads at once. */
    public DocumentMoves extract(Document document) {
        return extractor.extract(document);
    }

    /** Replaces the stored document's moves with those found now. */
    public Replaced store(DocumentMoves found) {
        return store.replaceMoves(found.document(), found.moves(), extractor.version());
    }

    /** Re-extracts every outdated document one after another; what the store gained, lost and saw change. */
    public Replaced all() {
        Replaced[] total = {Replaced.NOTHING};
        forEachOutdated(d -> total[0] = total[0].plus(store(extract(d))));
        return total[0];
    }
}
