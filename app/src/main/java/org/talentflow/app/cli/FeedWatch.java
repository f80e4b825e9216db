package org.talentflow.app.cli;

import org.talentflow.app.feed.FeedFetcher;
import org.talentflow.app.feed.FeedPoller;
import org.talentflow.app.feed.HttpFetcher;
import org.talentflow.app.feed.PollResult;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.storage.MoveStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A round of polls over a set of feeds, what is new stored through the one ingestion: what {@code watch} repeats in
 * its own process and {@code serve --watch} beside the server. A feed that fails is reported and the others go on.
 */
final class FeedWatch {

    private final List<String> feeds;
    private final FeedPoller poller;
    private final boolean json;
    private final PrintStream out;
    private final PrintStream err;

    FeedWatch(List<String> feeds, FeedOptions options, MoveStore store, Gazetteer gazetteer, Limits limits,
              boolean json, PrintStream out, PrintStream err) {
        HttpFetcher http = options.http();
        this.feeds = List.copyOf(feeds);
        this.poller = new FeedPoller(new FeedFetcher(http, ArticleReader.MAX_FILE_BYTES), http, store,
                documents -> ingest(documents, gazetteer, limits, store, err));
        this.json = json;
        this.out = out;
        this.err = err;
    }

    /** Polls every feed once; true when a feed or an entry failed. */
    boolean round() {
        List<PollResult> results = new ArrayList<>();
        boolean failed = false;
        for (String feed : feeds) {
            PollResult result = poller.poll(feed);
            results.add(result);
            failed |= result.hasFailures();
            if (!json) {
                out.println(result.describe());
            }
            if (result.status() == PollResult.Status.FAILED) {
                err.println("feed " + feed + ": " + result.error());
            }
            for (String error : result.entryErrors()) {
                err.println("feed " + feed + ": entry " + error);
            }
        }
        if (json) {
            Json.print(results, out);
        }
        out.flush();
        return failed;
    }

    /** The poller's sink: a poll's documents through the one ingestion every entry point uses. */
    static FeedPoller.Stored ingest(List<Document> documents, Gazetteer gazetteer, Limits limits, MoveStore store,
                                    PrintStream err) {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        Ingestion ingestion = new Ingestion().limits(limits).onStored(d -> stored.add(d.name()));
        // A poll's handful of documents needs no progress line; the poll prints its own summary.
        Ingestion.Summary summary = ingestion.run(documents, gazetteer, store, new PrintStream(OutputStream.nullOutputStream()));
        for (String note : ingestion.failures().notes()) {
            err.println("read with notes: " + note);
        }
        return new FeedPoller.Stored(stored, summary.newMoves(), ingestion.failures().lines());
    }
}
