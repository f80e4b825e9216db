package org.talentflow.app.cli;

import org.talentflow.app.feed.AddressPolicy;
import org.talentflow.app.feed.FeedFetcher;
import org.talentflow.app.feed.FeedPoller;
import org.talentflow.app.feed.HttpFetcher;
import org.talentflow.app.feed.PollResult;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** Feeds polled on an interval; what is new goes through the same ingestion as {@code ingest}. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds (http(s) URLs or files) on an interval and ingest their new entries. "
                + "Entries that hold only a summary are fetched from their link. What was seen, and each feed's "
                + "ETag/Last-Modified, is kept in the store, so a restart takes up where it stopped. "
                + "With --once: poll each feed once and exit, with code 2 when a feed or entry failed.")
public final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (http, https) or files.")
    List<String> feeds;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls (30s, 15m, 2h; default ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--once", description = "Poll every feed once and exit (for cron and tests).")
    boolean once;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest wait for one feed or page, connection to last byte (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--allow-private-hosts", description = "Fetch feeds and pages from loopback, private and "
            + "link-local addresses too (refused by default: a feed must not reach inside your network).")
    boolean allowPrivateHosts;

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--json", description = "Print each round's results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Gazetteer gazetteer = extraction.gazetteer();
        HttpFetcher http = new HttpFetcher(timeout, ArticleReader.MAX_FILE_BYTES,
                allowPrivateHosts ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY);
        try (MoveStore moves = store.open()) {
            FeedPoller poller = new FeedPoller(new FeedFetcher(http, ArticleReader.MAX_FILE_BYTES), http, moves,
                    documents -> ingest(documents, gazetteer, extraction.limits(), moves));
            while (true) {
                if (!once) {
                    System.out.println("poll at " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
                }
                boolean failed = round(poller);
                if (once) {
                    return failed ? 2 : 0;
                }
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
        }
    }

    /** Polls every feed once; a feed that fails is reported and the others go on. True when something failed. */
    private boolean round(FeedPoller poller) {
        List<PollResult> results = new ArrayList<>();
        boolean failed = false;
        for (String feed : feeds) {
            PollResult result = poller.poll(feed);
            results.add(result);
            failed |= result.hasFailures();
            if (!json) {
                System.out.println(result.describe());
            }
            if (result.status() == PollResult.Status.FAILED) {
                System.err.println("feed " + feed + ": " + result.error());
            }
            for (String error : result.entryErrors()) {
                System.err.println("feed " + feed + ": entry " + error);
            }
        }
        if (json) {
            Json.print(results, System.out);
        }
        System.out.flush();
        return failed;
    }

    /** The poller's sink: a poll's documents through the one ingestion every entry point uses. */
    static FeedPoller.Stored ingest(List<Document> documents, Gazetteer gazetteer, Limits limits, MoveStore store) {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        Ingestion ingestion = new Ingestion().limits(limits).onStored(d -> stored.add(d.name()));
        // A poll's handful of documents needs no progress line; the poll prints its own summary.
        Ingestion.Summary summary = ingestion.run(documents, gazetteer, store, new PrintStream(OutputStream.nullOutputStream()));
        for (String note : ingestion.failures().notes()) {
            System.err.println("read with notes: " + note);
        }
        return new FeedPoller.Stored(stored, summary.newMoves(), ingestion.failures().lines());
    }
}
