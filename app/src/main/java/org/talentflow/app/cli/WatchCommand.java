package org.talentflow.app.cli;

import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/** Feeds polled on an interval; what is new goes through the same ingestion as {@code ingest}. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds (http(s) URLs or files) on an interval and ingest their new entries. "
                + "Entries that hold only a summary are fetched from their link. What was seen, and each feed's "
                + "ETag/Last-Modified, is kept in the store, so a restart takes up where it stopped. "
                + "With --once: poll each feed once and exit, with code 2 when a feed or entry failed.")
public final class WatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (http, https) or files.")
    List<String> feeds;

    @Option(names = "--once", description = "Poll every feed once and exit (for cron and tests).")
    boolean once;

    @Mixin
    FeedOptions feedOptions;

    @Mixin
    StoreOptions store;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--json", description = "Print each round's results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Gazetteer gazetteer = extraction.gazetteer();
        try (MoveStore moves = store.open()) {
            FeedWatch watch = new FeedWatch(feeds, feedOptions, moves, gazetteer, extraction.limits(), json,
                    System.out, System.err);
            while (true) {
                if (!once) {
                    System.out.println("poll at " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
                }
                boolean failed = watch.round();
                if (once) {
                    return failed ? 2 : 0;
                }
                try {
                    Thread.sleep(feedOptions.interval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
        }
    }
}
