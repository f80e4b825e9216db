package org.talentflow.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Move;
import org.talentflow.core.extract.DocumentExtractor;
import org.talentflow.core.extract.TimeBudget;
import org.talentflow.core.ingest.IngestArticle;
import org.talentflow.core.ingest.SaveResult;

/**
 * The extraction stage, one partition at a time: each article through core's extractor (the executor's one model
 * copy), each failure passed on; with a PostgreSQL target, each article through the ingest use case that every entry
 * point shares ({@link IngestArticle}), saved with its moves in a transaction of its own. Every article is extracted,
 * stored or not: the job's outputs list the moves of all its inputs. Only the moves leave the task, never the article
 * texts, so a partition's outcome is small.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<ReadItem>, Outcome> {

    private final UserGazetteer gazetteer;
    private final PostgresTarget postgres;
    private final double minConfidence;

    /**
     * @param gazetteer     the user's gazetteer files over the shipped one
     * @param postgres      where to store, or null to store nothing
     * @param minConfidence moves below it are left out of the outputs (as {@code extract --min-confidence} does);
     *                      the store gets them all, as {@code ingest} stores them
     */
    PartitionExtractor(UserGazetteer gazetteer, PostgresTarget postgres, double minConfidence) {
        this.gazetteer = gazetteer;
        this.postgres = postgres;
        this.minConfidence = minConfidence;
    }

    @Override
    public Iterator<Outcome> call(Iterator<ReadItem> items) {
        List<Outcome> out = new ArrayList<>();
        try (PostgresSink sink = postgres == null ? null : new PostgresSink(postgres)) {
            while (items.hasNext()) {
                ReadItem item = items.next();
                if (item instanceof Failure failure) {
                    out.add(failure);
                } else if (item instanceof Article article) {
                    extract(article, sink, out);
                }
            }
        }
        return out.iterator();
    }

    private void extract(Article article, PostgresSink sink, List<Outcome> out) {
        Document document = article.document();
        DocumentExtractor extractor = ExecutorModels.extractor(gazetteer);
        IngestArticle ingest = sink == null ? null : new IngestArticle(sink, extractor);
        DocumentMoves found;
        try {
            found = extractor.extract(document);
        } catch (TimeBudget.OverBudget e) {
            out.add(new Failure(article.fileIndex(), article.ordinal(), article.name(), e.getMessage()));
            return;
        } catch (RuntimeException | StackOverflowError e) {
            // One article the extractor cannot take (CoreNLP recurses deeply on some odd texts) fails alone.
            out.add(new Failure(article.fileIndex(), article.ordinal(), article.name(), String.valueOf(e)));
            return;
        }
        List<MoveRecord> moves = new ArrayList<>();
        for (Move m : found.moves()) {
            if (m.confidence() >= minConfidence) {
                moves.add(MoveRecord.of(article, moves.size(), m));
            }
        }
        Extracted.Stored stored = null;
        if (ingest != null) {
            try {
                SaveResult r = ingest.store(found);
                stored = new Extracted.Stored(r.duplicate(), r.newMoves(), r.corroborated());
            } catch (RuntimeException e) {
                // One article that cannot be stored is reported and rolled back; the others go on.
                out.add(new Failure(article.fileIndex(), article.ordinal(), article.name(), "not stored: " + e.getMessage()));
            }
        }
        out.add(new Extracted(article.fileIndex(), article.ordinal(), article.name(), moves, stored, found.notes()));
    }
}
