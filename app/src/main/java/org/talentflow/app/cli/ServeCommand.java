package org.talentflow.app.cli;

import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The web dashboard and the HTTP JSON API over the store, on localhost unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web dashboard (http://127.0.0.1:7070/) and the JSON API (/api/flows, /api/net, "
                + "/api/moves, /api/people/NAME, /api/orgs/NAME, /api/search, downloads under /api/export). "
                + "Read-only unless a token is set; with one, POST /api/articles ingests an article. "
                + "With --watch: polls feeds every --interval beside the server, as watch does.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Accept POST /api/articles and watchlist changes "
            + "with this bearer token. Visible to other users in ps: prefer --token-file or $TALENTFLOW_TOKEN "
            + "(none of the three = read-only).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the bearer token from this file "
            + "(what it holds, without surrounding whitespace and line ends).")
    Path tokenFile;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--watch", paramLabel = "FEED", arity = "1..*", description = "Feeds (http(s) URLs or files) to "
            + "poll every --interval while serving, through the same ingestion as watch; their moves show at once.")
    List<String> feeds = List.of();

    @Mixin
    FeedOptions feedOptions;

    @Override
    public Integer call() throws InterruptedException {
        String secret = WriteToken.resolve(token, tokenFile, System.getenv(), System.err);
        try (MoveStore moves = store.open()) {
            var gazetteer = extraction.gazetteer();
            moves.syncOrganizations(gazetteer.organizations());
            Supplier<MoveExtractor> extractor = Serving.memoized(() -> Pipeline.extractor(gazetteer, extraction.limits()));
            ScheduledExecutorService polls = watchFeeds(moves, gazetteer, extractor);
            try {
                Serving.untilStopped(moves, host, port, secret, extractor, System.out);
            } finally {
                // A poll under way ends before the store closes; not interrupted, since H2 closes a file whose
                // reading thread is interrupted. The next poll, not yet begun, is dropped.
                polls.shutdown();
                polls.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
        return 0;
    }

    /** The feeds polled on a thread of their own, the first round at once; a round that fails leaves the next one be. */
    private ScheduledExecutorService watchFeeds(MoveStore moves, Gazetteer gazetteer, Supplier<MoveExtractor> extractor) {
        ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "feed-watch");
            t.setDaemon(true);
            return t;
        });
        if (feeds.isEmpty()) {
            return polls;
        }
        FeedWatch watch = new FeedWatch(feeds, feedOptions, moves, gazetteer, extraction.limits(), false,
                System.out, System.err);
        // The models load before the first poll, not when the first new entry is waiting for them.
        polls.execute(extractor::get);
        System.out.println("watching " + feeds.size() + (feeds.size() == 1 ? " feed" : " feeds") + " every "
                + DurationConverter.describe(feedOptions.interval));
        polls.scheduleWithFixedDelay(() -> {
            try {
                watch.round();
            } catch (RuntimeException e) {
                System.err.println("talentflow serve: a poll of the feeds failed (the next one comes in "
                        + DurationConverter.describe(feedOptions.interval) + "): " + e.getMessage());
            }
        }, 0, feedOptions.interval.toMillis(), TimeUnit.MILLISECONDS);
        return polls;
    }
}
