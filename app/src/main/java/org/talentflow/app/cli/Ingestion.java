package org.talentflow.app.cli;

import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.storage.MoveStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.talentflow.core.domain.Document;

/** Articles in, moves stored: read, extract in parallel, save each document in its own transaction. */
final class Ingestion {

    /** What one ingest run did, for its closing summary. */
    record Summary(int read, int failed, int duplicates, int newMoves, int corroborated,
                   int skipped, Map<String, Integer> skippedByReason) {
        void print(PrintStream out) {
            out.printf("documents read: %d, failed: %d, duplicates: %d; moves new: %d, corroborated: %d%n",
                    read, failed, duplicates, newMoves, corroborated);
            if (skipped > 0) {
                out.printf("archive records skipped: %d (%s)%n", skipped, String.join(", ", skippedByReason.entrySet()
                        .stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
            }
        }
    }

    private final Failures failures = new Failures();
    private int read;
    private int duplicates;
    private int newMoves;
    private int corroborated;
    /** Archive records that are not articles, counted by reason ("request record": 120, "HTTP 404": 3). */
    private final Map<String, Integer> skippedRecords = new TreeMap<>();
    private Consumer<Document> stored = document -> { };

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
            }, skipped -> skippedRecords.merge(skipped.reason(), 1, Integer::sum));
        }
        progress.done();
        return summary();
    }

    /** Documents already read (feed entries, fetched pages) through the same extraction and store. */
    Summary run(Iterable<Document> documents, Gazetteer gazetteer, MoveStore store, PrintStream err) {
        store.syncOrganizations(gazetteer.organizations());
        Progress progress = new Progress(err);
        try (BatchExtractor batch = new BatchExtractor(Pipeline.extractor(gazetteer), Pipeline.threads(),
                moves -> save(store, moves, progress),
                f -> {
                    failures.add(f.document(), f.reason());
                    progress.failure();
                })) {
            documents.forEach(batch);
        }
        progress.done();
        return summary();
    }

    /** Called with each document once it is in the store (newly or as a duplicate), from the storing thread. */
    Ingestion onStored(Consumer<Document> listener) {
        this.stored = listener;
        return this;
    }

    private Summary summary() {
        return new Summary(read, failures.count(), duplicates, newMoves, corroborated,
                skippedRecords.values().stream().mapToInt(Integer::intValue).sum(),
                java.util.Collections.unmodifiableMap(new TreeMap<>(skippedRecords)));
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
        stored.accept(found.document());
    }
}
