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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        // A round runs on a thread of its own and the store is closed with no interrupt pending: an interrupt that
        // reached H2 in the middle of a write or of its close would leave the store open and broken in this process
        // (its lock file naming a server that no longer answers) for every later open.
        ExecutorService rounds = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "watch-round");
            t.setDaemon(true);
            return t;
        });
        boolean interrupted = false;
        try (MoveStore moves = store.open()) {
            FeedWatch watch = new FeedWatch(feeds, feedOptions, moves, gazetteer, extraction.limits(), json,
                    System.out, System.err);
            while (true) {
                if (!once) {
                    System.out.println("poll at " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
                }
                Future<Boolean> round = rounds.submit(watch::round);
                boolean failed;
                try {
                    failed = round.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    failed = finish(round);
                }
                if (once) {
                    return failed ? 2 : 0;
                }
                if (interrupted) {
                    return 0;
                }
                try {
                    Thread.sleep(feedOptions.interval.toMillis());
                } catch (InterruptedException e) {
                    interrupted = true;
                    return 0;
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            rounds.shutdown();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for a round under way to end, whatever interrupts come meanwhile; whether it failed. */
    private static boolean finish(Future<Boolean> round) throws ExecutionException {
        while (true) {
            try {
                return round.get();
            } catch (InterruptedException again) {
                // Stopping is already decided; the round only has to end.
            }
        }
    }
}
