package org.talentflow.app.cli;

import org.talentflow.core.ingest.ReextractArticles;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.ingest.StoredArticles.Replaced;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** The stored articles read again by the current extractor, after its lexicon, patterns, gazetteer or model changed. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Extract the moves of the stored articles again with the current extractor, for every article "
                + "whose moves an older extractor made (another lexicon, pattern, gazetteer, model or code version), "
                + "and replace them in the store. Watchlists and syndication links stay. A stopped run picks up where "
                + "it was; a second run changes nothing. Exit code 2 when some articles failed.")
public final class ReextractCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Mixin
    ProgressOptions progressOptions;

    /** What one run did, for its closing line. */
    record Summary(String version, int outdated, int reextracted, int failed, int added, int removed, int changed) {
        void print(PrintStream out) {
            out.printf("extractor %s: documents re-extracted: %d of %d, failed: %d; moves added: %d, removed: %d, "
                    + "changed: %d%n", version, reextracted, outdated, failed, added, removed, changed);
        }
    }

    @Override
    public Integer call() {
        Failures failures = new Failures();
        Summary summary;
        try (MoveStore moves = store.openExisting()) {
            Gazetteer gazetteer = extraction.gazetteer();
            moves.syncOrganizations(gazetteer.organizations());
            ReextractArticles reextract = new ReextractArticles(moves, Pipeline.extractor(gazetteer, extraction.limits()));
            int outdated = reextract.outdated();
            Progress progress = new Progress(System.err, outdated, "documents", progressOptions.interval());
            Replaced[] total = {Replaced.NOTHING};
            int[] done = {0};
            try (BatchExtractor batch = new BatchExtractor(reextract::extract, Pipeline.threads(), found -> {
                Replaced r;
                try {
                    r = reextract.store(found);
                } catch (RuntimeException e) {
                    // One document whose moves cannot be stored is rolled back alone and keeps its old moves.
                    failures.add(found.document().name(), "not stored: " + e.getMessage());
                    progress.documentFailed();
                    return;
                }
                total[0] = total[0].plus(r);
                done[0]++;
                failures.cut(found.document().name(), found.notes());
                progress.documentDone(new SaveResult(false, r.added(), 0, null));
            }, f -> {
                failures.add(f.document(), f.reason());
                progress.documentFailed();
            })) {
                progress.watch(batch::longestRunning);
                reextract.forEachOutdated(batch);
            }
            progress.done();
            summary = new Summary(reextract.version(), outdated, done[0], failures.count(), total[0].added(),
                    total[0].removed(), total[0].changed());
        }
        if (json) {
            Json.print(summary, System.out);
        } else {
            summary.print(System.out);
        }
        return failures.report(System.err);
    }
}
