package org.talentflow.core.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.extract.TimeBudget;

/**
 * Extracts documents in parallel, one model copy shared by all threads, handing results to the sink in
 * input order. Documents are taken in batches so that a stream of any length never sits in memory.
 */
public final class BatchExtractor implements AutoCloseable, Consumer<Document> {

    /** A document whose extraction threw: reported by name, the batch goes on. */
    public record Failure(String document, String reason) {
    }

    private final Function<Document, DocumentMoves> extractor;
    private final Consumer<DocumentMoves> sink;
    private final Consumer<Failure> failures;
    private final ExecutorService pool;
    private final int batchSize;
    private final List<Document> batch = new ArrayList<>();
    /** The documents being extracted now, with when each began (to name the slow one while it runs). */
    private final Map<Document, Long> running = Collections.synchronizedMap(new IdentityHashMap<>());

    /** A document being extracted, and for how long so far. */
    public record Running(String document, Duration time) {
    }

    public BatchExtractor(MoveExtractor extractor, int threads, Consumer<DocumentMoves> sink, Consumer<Failure> failures) {
        this(extractor::extract, threads, sink, failures);
    }

    /** Any per-document extraction (a timed or instrumented one, say) run the same way. */
    public BatchExtractor(Function<Document, DocumentMoves> extractor, int threads, Consumer<DocumentMoves> sink,
                          Consumer<Failure> failures) {
        this.extractor = extractor;
        this.sink = sink;
        this.failures = failures;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        this.batchSize = Math.max(1, threads) * 8;
    }

    @Override
    public void accept(Document document) {
        batch.add(document);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    public void flush() {
        List<Future<DocumentMoves>> futures = new ArrayList<>();
        for (Document d : batch) {
            futures.add(pool.submit(() -> {
                running.put(d, System.nanoTime());
                try {
                    return extractor.apply(d);
                } finally {
                    running.remove(d);
                }
            }));
        }
        for (int i = 0; i < futures.size(); i++) {
            try {
                sink.accept(futures.get(i).get());
            } catch (ExecutionException e) {
                failures.accept(new Failure(batch.get(i).name(), reason(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        batch.clear();
    }

    /** The document that has been extracted longest of those running now, if any. */
    public Optional<Running> longestRunning() {
        long now = System.nanoTime();
        synchronized (running) {
            return running.entrySet().stream().min(Map.Entry.comparingByValue())
                    .map(e -> new Running(e.getKey().name(), Duration.ofNanos(now - e.getValue())));
        }
    }

    /** "took over 60 s at stage parse" as it is; anything else with its class, which says what went wrong. */
    private static String reason(Throwable cause) {
        return cause instanceof TimeBudget.OverBudget ? cause.getMessage() : String.valueOf(cause);
    }

    @Override
    public void close() {
        flush();
        pool.shutdown();
    }
}
