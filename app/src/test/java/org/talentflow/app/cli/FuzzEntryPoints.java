package org.talentflow.app.cli;

import org.talentflow.app.feed.AddressPolicy;
import org.talentflow.app.feed.FeedFetcher;
import org.talentflow.app.feed.FeedPoller;
import org.talentflow.app.feed.HttpFetcher;
import org.talentflow.app.feed.PollResult;
import org.talentflow.app.fuzz.FuzzCase;
import org.talentflow.app.fuzz.HostileInputs;
import org.talentflow.app.http.ApiServer;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.core.source.FeedEntry;
import org.talentflow.core.source.FeedReader;
import org.talentflow.core.source.ReadFailure;
import org.talentflow.core.source.UnreadableInput;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fuzz case through the entry point a user would hand it to. Either the whole way, into the store: {@code ingest}'s
 * {@link Ingestion} for files, {@code watch}'s {@link FeedPoller} for feeds, {@code POST /api/articles} for bodies;
 * or through the readers and the extractor alone, which is the same work without a store and so many times cheaper.
 * Each way says what came of the case, so that the caller can check the store did not change when nothing was taken.
 */
final class FuzzEntryPoints implements AutoCloseable {

    /**
     * What one case came to.
     *
     * @param taken    documents that reached the store (new or already there), or that the readers made
     * @param failures inputs or entries reported as failed, each "SOURCE: reason"
     * @param escaped  reasons that are an exception a catch-all turned into a failure, not a reason a reader gave
     */
    record Outcome(int taken, List<String> failures, List<String> escaped) {
        /** Failed as a whole (or skipped whole, an archive of requests and images): the store must be as it was. */
        boolean tookNothing() {
            return taken == 0;
        }
    }

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());
    /** Entries of a feed that hold only a summary name a page to fetch; no fuzz case may reach the network. */
    private static final AddressPolicy NO_NETWORK = address -> "the fuzz test reaches no network";

    private final Path dir;
    private final Gazetteer gazetteer;
    private final MoveExtractor extractor;
    private final MoveStore store;
    private final FeedPoller poller;
    private final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> leaks = new ArrayList<>();
    private final Set<String> extracted = new HashSet<>();

    FuzzEntryPoints(Path dir, MoveStore store) {
        this.dir = dir;
        this.store = store;
        this.gazetteer = Pipeline.gazetteer(List.of());
        this.extractor = Pipeline.extractor(gazetteer);
        // Every ingest writes the gazetteer's organizations first: done here, before the first case's digest is taken.
        store.syncOrganizations(gazetteer.organizations());
        HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(2), ArticleReader.MAX_FILE_BYTES, NO_NETWORK);
        this.poller = new FeedPoller(new FeedFetcher(fetcher, ArticleReader.MAX_FILE_BYTES), fetcher, store,
                documents -> {
                    checkForLeaks(documents);
                    return FeedWatch.ingest(documents, gazetteer, Limits.DEFAULT, store, System.err);
                });
        this.server = ApiServer.start(store, "127.0.0.1", 0, "fuzz-token", () -> extractor);
    }

    /** The whole way into the store. */
    Outcome throughStore(FuzzCase c) throws IOException, InterruptedException {
        return switch (c.kind()) {
            case FEED -> poll(c);
            case API -> post(c);
            default -> ingest(c);
        };
    }

    /** The readers and the extractor, no store: an exception either throws escapes to the caller. */
    Outcome throughReaders(FuzzCase c) throws IOException {
        List<Document> documents = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (c.kind() == FuzzCase.Kind.FEED) {
            try {
                for (FeedEntry entry : FeedReader.read(c.bytes(), c.contentType(), URI.create("https://wire.example.org/feed"))) {
                    documents.add(entry.document());
                }
            } catch (UnreadableInput e) {
                failures.add(c.fileName() + ": " + e.getMessage());
            }
        } else {
            new ArticleReader().read(write(c), documents::add, f -> failures.add(f.toString()), skipped -> { });
        }
        checkForLeaks(documents);
        for (Document d : documents) {
            // As the store skips a text it holds: most mutations leave the text of the seed page as it was.
            if (extracted.add(d.contentHash())) {
                extractor.extract(d);
            }
        }
        return new Outcome(documents.size(), failures, escaped(failures));
    }

    /** The documents of any case so far that hold what the feeds' external entities point at: none, unless one was resolved. */
    synchronized List<String> leaks() {
        return List.copyOf(leaks);
    }

    private Outcome ingest(FuzzCase c) throws IOException {
        Path file = write(c);
        Ingestion ingestion = new Ingestion(Duration.ofDays(1)).onStored(d -> checkForLeaks(List.of(d)));
        Ingestion.Summary summary = ingestion.run(List.of(file), gazetteer, store, NOWHERE);
        List<String> failures = ingestion.failures().lines();
        return new Outcome(summary.read(), failures, escaped(failures));
    }

    private Outcome poll(FuzzCase c) throws IOException {
        PollResult result = poller.poll(write(c).toString());
        List<String> failures = new ArrayList<>(result.entryErrors());
        if (result.status() == PollResult.Status.FAILED) {
            failures.add(c.fileName() + ": " + result.error());
        }
        return new Outcome(result.stored(), failures, escaped(failures));
    }

    /** A server error (5xx) is an exception that escaped the route; a refusal (4xx) is the failure reported. */
    private Outcome post(FuzzCase c) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Authorization", "Bearer fuzz-token")
                .POST(HttpRequest.BodyPublishers.ofByteArray(c.bytes()));
        request.header("Content-Type", c.contentType());
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String line = c.fileName() + ": HTTP " + status + " " + response.body();
        if (status >= 500) {
            return new Outcome(0, List.of(line), List.of(line));
        }
        return status < 300 ? new Outcome(1, List.of(), List.of()) : new Outcome(0, List.of(line), List.of());
    }

    private Path write(FuzzCase c) throws IOException {
        return Files.write(dir.resolve(c.fileName()), c.bytes());
    }

    private synchronized void checkForLeaks(List<Document> documents) {
        for (Document d : documents) {
            if (d.text().contains(HostileInputs.SECRET_MARKER) || (d.title() != null && d.title().contains(HostileInputs.SECRET_MARKER))) {
                leaks.add(d.name());
            }
        }
    }

    /**
     * Failures whose reason is an exception's own text ("java.lang.IllegalStateException: ..."), which the extractor's
     * batch or a reader's last-resort catch made of something it did not expect: a reason no one wrote for a user.
     */
    private static List<String> escaped(List<String> failures) {
        return failures.stream().filter(f -> f.matches("(?s).*?: (cannot parse: )?(java|javax|jdk|sun|org|com)\\.[\\w.$]+(Exception|Error)\\b.*")).toList();
    }

    @Override
    public void close() {
        server.close();
    }
}
