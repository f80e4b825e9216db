package org.talentflow.app.cli;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.ingest.IngestArticle;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.core.source.ReadFailure;
import org.talentflow.storage.MoveStore;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Articles in, moves stored: list the input files, read them in order, and hand each document to the one ingest use
 * case ({@link IngestArticle}), its extraction in parallel, its save in input order, each in its own transaction. Built to be killed and started again: a document whose text is stored is not extracted again, a
 * file finished by an earlier run is not even read, and documents are saved in input order, so the store after a
 * restart holds exactly what one clean run would have stored (the first copy of a story is the same either way).
 */
final class Ingestion {

    /** What one ingest run did, for its closing summary. */
    record Summary(int read, int failed, int duplicates, int nearDuplicates, int newMoves, int corroborated,
                   int skippedInputs, int skipped, Map<String, Integer> skippedByReason) {
        void print(PrintStream out) {
            out.printf("documents read: %d, failed: %d, duplicates: %d, near-duplicates: %d; moves new: %d, "
                            + "corroborated: %d; inputs finished earlier and skipped: %d%n",
                    read, failed, duplicates, nearDuplicates, newMoves, corroborated, skippedInputs);
            if (skipped > 0) {
                out.printf("archive records skipped: %d (%s)%n", skipped, String.join(", ", skippedByReason.entrySet()
                        .stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
            }
        }
    }

    private final Failures failures = new Failures();
    private final Duration progressInterval;
    private Progress progress;
    private int read;
    private int duplicates;
    private int nearDuplicates;
    private int newMoves;
    private int corroborated;
    private int skippedInputs;
    /** Archive records that are not articles, counted by reason ("request record": 120, "HTTP 404": 3). */
    private final Map<String, Integer> skippedRecords = new TreeMap<>();
    private Consumer<Document> stored = document -> { };
    private Limits limits = Limits.DEFAULT;

    Ingestion() {
        this(null);
    }

    /** @param progressInterval how often a progress line is printed when stderr is not a terminal; null for the default */
    Ingestion(Duration progressInterval) {
        this.progressInterval = progressInterval;
    }

    Summary run(List<Path> paths, Gazetteer gazetteer, MoveStore store, PrintStream err) {
        store.syncOrganizations(gazetteer.organizations());
        ArticleReader reader = new ArticleReader();
        List<Path> files = reader.files(paths, f -> failures.add(f.source(), f.reason()));
        IngestArticle ingest = new IngestArticle(store, Pipeline.extractor(gazetteer, limits));
        // After the models are loaded, so that the rate is the rate of reading and storing.
        progress = new Progress(err, files.size(), progressInterval);
        FinishedInputs inputs = new FinishedInputs(store, progress::fileDone);
        try (BatchExtractor batch = new BatchExtractor(ingest::extract, Pipeline.threads(),
                found -> inputs.handled(!save(ingest, found)),
                f -> {
                    failures.add(f.document(), f.reason());
                    progress.failure();
                    inputs.handled(true);
                })) {
            progress.watch(batch::longestRunning);
            for (Path file : files) {
                MoveStore.InputFile input = FinishedInputs.of(file);
                if (inputs.finishedBefore(input)) {
                    skippedInputs++;
                    progress.fileDone();
                    continue;
                }
                inputs.startFile(input);
                reader.read(file, d -> queue(ingest, d, batch, inputs), f -> {
                    readFailure(f);
                    inputs.readFailed();
                }, skipped -> skippedRecords.merge(skipped.reason(), 1, Integer::sum));
                inputs.endOfFile();
            }
        }
        progress.done();
        return summary();
    }

    /** Documents already read (feed entries, fetched pages) through the same extraction and store. */
    Summary run(Iterable<Document> documents, Gazetteer gazetteer, MoveStore store, PrintStream err) {
        store.syncOrganizations(gazetteer.organizations());
        IngestArticle ingest = new IngestArticle(store, Pipeline.extractor(gazetteer, limits));
        progress = new Progress(err, 0, progressInterval);
        try (BatchExtractor batch = new BatchExtractor(ingest::extract, Pipeline.threads(), found -> save(ingest, found),
                f -> {
                    failures.add(f.document(), f.reason());
                    progress.failure();
                })) {
            progress.watch(batch::longestRunning);
            for (Document document : documents) {
                if (ingest.isStored(document)) {
                    skipStored(document);
                } else {
                    batch.accept(document);
                }
            }
        }
        progress.done();
        return summary();
    }

    /** The caps and the time per document of this run's extraction ({@link Limits#DEFAULT} unless set). */
    Ingestion limits(Limits l) {
        this.limits = l;
        return this;
    }

    /** Called with each document once it is in the store (newly or as a duplicate), from the storing thread. */
    Ingestion onStored(Consumer<Document> listener) {
        this.stored = listener;
        return this;
    }

    private Summary summary() {
        return new Summary(read, failures.count(), duplicates, nearDuplicates, newMoves, corroborated, skippedInputs,
                skippedRecords.values().stream().mapToInt(Integer::intValue).sum(),
                Collections.unmodifiableMap(new TreeMap<>(skippedRecords)));
    }

    Failures failures() {
        return failures;
    }

    private void readFailure(ReadFailure f) {
        failures.add(f.source(), f.reason());
        progress.failure();
    }

    /** Extraction is the expensive step: a text already stored (by this run or an earlier one) skips it. */
    private void queue(IngestArticle ingest, Document document, BatchExtractor batch, FinishedInputs inputs) {
        if (ingest.isStored(document)) {
            skipStored(document);
            inputs.skipped();
            return;
        }
        inputs.queued();
        batch.accept(document);
    }

    private void skipStored(Document document) {
        read++;
        duplicates++;
        progress.saved(SaveResult.DUPLICATE);
        stored.accept(document);
    }

    /** Saves one document; false when it could not be stored (reported, the batch goes on). */
    private boolean save(IngestArticle ingest, DocumentMoves found) {
        SaveResult result;
        try {
            result = ingest.store(found);
        } catch (RuntimeException e) {
            // One document that cannot be stored is reported and rolled back; the batch goes on.
            failures.add(found.document().name(), "not stored: " + e.getMessage());
            progress.failure();
            return false;
        }
        read++;
        failures.cut(found.document().name(), found.notes());
        if (result.duplicate()) {
            duplicates++;
        }
        if (result.nearDuplicate()) {
            nearDuplicates++;
        }
        newMoves += result.newMoves();
        corroborated += result.corroborated();
        progress.saved(result);
        stored.accept(found.document());
        return true;
    }
}
