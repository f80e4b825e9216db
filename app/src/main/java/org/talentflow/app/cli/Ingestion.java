package org.talentflow.app.cli;

import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.storage.MoveStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Articles in, moves stored: read, extract in parallel, save each document in its own transaction. */
final class Ingestion {

    /** What one ingest run did, for its closing summary. */
    record Summary(int read, int failed, int duplicates, int newMoves, int corroborated) {
        void print(PrintStream out) {
            out.printf("documents read: %d, failed: %d, duplicates: %d; moves new: %d, corroborated: %d%n",
                    read, failed, duplicates, newMoves, corroborated);
        }
    }

    private final Failures failures = new Failures();
    private int read;
    private int duplicates;
    private int newMoves;
    private int corroborated;

    Summary run(List<Path> paths, Gazetteer gazetteer, MoveStore store, PrintStream err) {
        store.syncOrganizations(gazetteer.organizations());
        Progress progress = new Progress(err);
        try (BatchExtractor batch = new BatchExtractor(Pipeline.extractor(gazetteer), Pipeline.threads(),
                moves -> save(store, moves, progress),
                f -> {
                    failures.add(f.document(), f.reason());
                    progress.failure();
                })) {
            new ArticleReader().read(paths, batch, f -> {
                failures.add(f.source(), f.reason());
                progress.failure();
            });
        }
        progress.done();
        return new Summary(read, failures.count(), duplicates, newMoves, corroborated);
    }

    Failures failures() {
        return failures;
    }

    private void save(MoveStore store, DocumentMoves found, Progress progress) {
        MoveStore.SaveResult result;
        try {
            result = store.save(found.document(), found.moves());
        } catch (RuntimeException e) {
            // One document that cannot be stored is reported and rolled back; the batch goes on.
            failures.add(found.document().name(), "not stored: " + e.getMessage());
            progress.failure();
            return;
        }
        read++;
        if (result.duplicate()) {
            duplicates++;
        }
        newMoves += result.newMoves();
        corroborated += result.corroborated();
        progress.document(result.newMoves());
    }
}
