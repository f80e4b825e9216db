package org.talentflow.bench;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.ContractNames;
import org.talentflow.core.eval.Evaluation;
import org.talentflow.core.eval.Scorer;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cascade versus the full NLP pipeline, in one run on one machine: articles per second per core (wall clock, all cores
 * busy) and CPU time per article, p95 latency, heap, and the recall of each on the annotated corpora. The stream mixes
 * the shared news-mix and dev articles (most report no move), repeated to the requested size; the full pipeline, being
 * slow, runs on a prefix of the same stream. The two variants take turns in rounds, so a shared machine's changing
 * load falls on both alike; CPU time per article is the steadier figure when other work runs beside.
 *
 * A Chinese stream follows, through the same extractor (the Chinese stages), with its own speed, heap and recall.
 *
 * <p>Usage: {@code java -Xmx3g -jar bench/target/talentflow-bench.jar [SHARED_DIR] [DOCS] [FULL_DOCS]}
 */
public final class ExtractionBenchmark {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getenv().getOrDefault("TALENTFLOW_SHARED", "../shared"));
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int fullDocs = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        int threads = Runtime.getRuntime().availableProcessors();

        List<Document> ordinary = read(shared.resolve("corpus/news-mix"));
        List<Document> aboutMoves = read(shared.resolve("corpus/dev"));
        List<Document> unique = new ArrayList<>(ordinary);
        unique.addAll(aboutMoves);
        List<Document> stream = repeat(unique, docs);
        List<Document> fullStream = stream.subList(0, Math.min(fullDocs, stream.size()));
        Gazetteer gazetteer = Gazetteer.loadDefault();
        long loadStart = System.nanoTime();
        Nlp nlp = Nlp.shared();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        MoveExtractor cascade = new MoveExtractor(nlp, gazetteer);
        MoveExtractor full = new MoveExtractor(nlp, gazetteer, true);

        System.out.printf(Locale.ROOT, "corpus: %d unique articles (news-mix + dev), stream of %d; %d cores; models loaded in %.1f s%n",
                unique.size(), stream.size(), threads, loadSeconds);
        // Warm-up: JIT and the taggers' lazy parts, on both variants, before anything is timed.
        run(cascade, unique.subList(0, Math.min(20, unique.size())), threads, new Result());
        run(full, unique.subList(0, Math.min(4, unique.size())), threads, new Result());

        // The variants take turns, a slice each per round, so that both see the same load of a shared machine.
        Result a = new Result();
        Result b = new Result();
        for (int round = 0; round < ROUNDS; round++) {
            run(cascade, slice(stream, round), threads, a);
            run(full, slice(fullStream, round), threads, b);
            System.out.printf(Locale.ROOT, "round %d: cascade %d articles, full %d articles; speed-up so far %.1fx%n",
                    round + 1, a.articles, b.articles, a.perSecond() / b.perSecond());
        }
        int[] sentenceCounts = taggedShare(cascade, unique);
        double recallA = recall(cascade, shared, threads);
        double recallB = recall(full, shared, threads);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-30s %8s %9s %16s %15s %8s %13s %7s%n", "variant", "articles", "seconds",
                "articles/s/core", "cpu ms/article", "p95 ms", "peak heap MB", "recall");
        print("(a) cascade", a, threads, recallA);
        print("(b) full NLP, every sentence", b, threads, recallB);
        System.out.printf(Locale.ROOT, "%nspeed-up of the cascade: %.1fx in articles/s (wall clock), %.1fx in CPU time per article%n",
                a.perSecond() / b.perSecond(), b.cpuMillisPerArticle() / a.cpuMillisPerArticle());
        System.out.println("recall = full-level recall of score.py over the seeds and dev gold moves");
        System.out.printf(Locale.ROOT, "the cascade parses %d of %d sentences (%.1f%%) of the unique articles%n",
                sentenceCounts[1], sentenceCounts[0], 100.0 * sentenceCounts[1] / Math.max(1, sentenceCounts[0]));

        // The stream mixes ordinary news with articles about moves; the world's news is nearly all of the first kind.
        System.out.println();
        System.out.println("CPU ms per article by kind of article (one thread, each article 3 times, both variants in turns):");
        for (Map.Entry<String, List<Document>> part : Map.of("news-mix (ordinary news)", ordinary,
                "dev (articles about moves)", aboutMoves).entrySet()) {
            double[] cascadeMs = new double[1];
            double[] fullMs = new double[1];
            for (int i = 0; i < 3; i++) {
                cascadeMs[0] += cpuMillis(cascade, part.getValue()) / 3;
                fullMs[0] += cpuMillis(full, part.getValue()) / 3;
            }
            int[] counts = taggedShare(cascade, part.getValue());
            System.out.printf(Locale.ROOT, "  %-28s cascade %6.2f  full %7.2f  ratio %5.1fx  (parses %d of %d sentences)%n",
                    part.getKey(), cascadeMs[0], fullMs[0], fullMs[0] / cascadeMs[0], counts[1], counts[0]);
        }
        chinese(cascade, gazetteer, shared, fullDocs * 10, threads);
    }

    /**
     * The Chinese stream: the shared Chinese articles (zh-dev and zh-train, all of them about moves: there is no Chinese
     * corpus of ordinary news yet) cycled to the size of the English stream's full-pipeline prefix times ten, through
     * the same extractor, which routes them to the Chinese stages (HanLP, no CoreNLP). Recall on zh-dev.
     */
    private static void chinese(MoveExtractor extractor, Gazetteer gazetteer, Path shared, int size, int threads)
            throws Exception {
        List<Document> unique = read(shared.resolve("corpus/zh-dev"), shared.resolve("corpus/zh-train"));
        List<Document> stream = repeat(unique, size);
        run(extractor, unique.subList(0, Math.min(10, unique.size())), threads, new Result());
        Result r = new Result();
        for (int round = 0; round < ROUNDS; round++) {
            run(extractor, slice(stream, round), threads, r);
        }
        Path dev = shared.resolve("corpus/zh-dev");
        List<Move> moves = java.util.Collections.synchronizedList(new ArrayList<>());
        ContractNames names = new ContractNames(gazetteer);
        try (BatchExtractor batch = new BatchExtractor(extractor, threads, m -> moves.addAll(names.asWritten(m)), f -> { })) {
            read(dev).forEach(batch);
        }
        Scorer.Report report = Evaluation.score(dev, moves);
        System.out.println();
        System.out.printf(Locale.ROOT, "Chinese stream: %d unique articles (zh-dev + zh-train, all about moves), stream of %d%n",
                unique.size(), stream.size());
        System.out.printf(Locale.ROOT, "%-30s %8s %9s %16s %15s %8s %13s %7s%n", "variant", "articles", "seconds",
                "articles/s/core", "cpu ms/article", "p95 ms", "peak heap MB", "recall");
        print("(c) Chinese stages", r, threads, report.gold() == 0 ? 0 : (double) report.found() / report.gold());
        System.out.println("recall = full-level recall of score.py over the zh-dev gold moves");
    }

    /** CPU milliseconds per article of one extractor over the articles, on the calling thread. */
    private static double cpuMillis(MoveExtractor extractor, List<Document> docs) {
        var bean = ManagementFactory.getThreadMXBean();
        long c0 = bean.getCurrentThreadCpuTime();
        for (Document d : docs) {
            extractor.extract(d);
        }
        return (bean.getCurrentThreadCpuTime() - c0) / 1e6 / Math.max(1, docs.size());
    }

    /** Rounds in which the two variants alternate. */
    private static final int ROUNDS = 5;

    private static List<Document> slice(List<Document> docs, int round) {
        int size = docs.size() / ROUNDS;
        int from = round * size;
        return docs.subList(from, round == ROUNDS - 1 ? docs.size() : from + size);
    }

    /** What one variant did over all its rounds. */
    private static final class Result {
        int articles;
        double seconds;
        long cpuNanos;
        long peakHeapBytes;
        final List<Long> millis = new ArrayList<>();

        double perSecond() {
            return articles / seconds;
        }

        double cpuMillisPerArticle() {
            return cpuNanos / 1e6 / Math.max(1, articles);
        }

        double p95() {
            List<Long> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1));
        }
    }

    private static void print(String name, Result r, int threads, double recall) {
        System.out.printf(Locale.ROOT, "%-30s %8d %9.1f %16.2f %15.2f %8.0f %13d %7.3f%n", name, r.articles, r.seconds,
                r.perSecond() / threads, r.cpuMillisPerArticle(), r.p95(), r.peakHeapBytes >> 20, recall);
    }

    private static void run(MoveExtractor extractor, List<Document> docs, int threads, Result into) {
        System.gc();
        resetPeaks();
        List<Long> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        var bean = ManagementFactory.getThreadMXBean();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (BatchExtractor batch = new BatchExtractor(d -> {
            long t0 = System.nanoTime();
            long c0 = bean.getCurrentThreadCpuTime();
            var found = extractor.extract(d);
            cpu.addAndGet(bean.getCurrentThreadCpuTime() - c0);
            millis.add((System.nanoTime() - t0) / 1_000_000);
            return found;
        }, threads,
                m -> done.incrementAndGet(), f -> System.err.println("failed: " + f))) {
            docs.forEach(batch);
        }
        into.seconds += (System.nanoTime() - start) / 1e9;
        into.articles += done.get();
        into.cpuNanos += cpu.get();
        into.millis.addAll(millis);
        into.peakHeapBytes = Math.max(into.peakHeapBytes, peakHeap());
    }

    private static double recall(MoveExtractor extractor, Path shared, int threads) throws Exception {
        int found = 0;
        int gold = 0;
        for (String corpus : List.of("seeds", "dev")) {
            Path dir = shared.resolve("corpus").resolve(corpus);
            List<Move> moves = java.util.Collections.synchronizedList(new ArrayList<>());
            try (BatchExtractor batch = new BatchExtractor(extractor, threads, m -> moves.addAll(m.moves()), f -> { })) {
                read(dir).forEach(batch);
            }
            Scorer.Report report = Evaluation.score(dir, moves);
            found += report.found();
            gold += report.gold();
        }
        return gold == 0 ? 0 : (double) found / gold;
    }

    private static int[] taggedShare(MoveExtractor extractor, List<Document> docs) {
        int[] counts = new int[2];
        for (Document d : docs) {
            MoveExtractor.Stats[] stats = new MoveExtractor.Stats[1];
            extractor.extract(d, stats);
            counts[0] += stats[0].sentences();
            counts[1] += stats[0].parsed();
        }
        return counts;
    }

    private static List<Document> read(Path... dirs) {
        List<Document> docs = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no corpus at " + dir + "; pass the shared folder as first argument");
            }
            new ArticleReader().read(List.of(dir), docs::add, f -> System.err.println("unreadable: " + f));
        }
        return docs;
    }

    /** The unique articles cycled to the requested length, each copy under its own name. */
    private static List<Document> repeat(List<Document> unique, int size) {
        List<Document> stream = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Document d = unique.get(i % unique.size());
            stream.add(new Document(d.name() + "#" + i, d.url(), d.title(), d.published(), d.text()));
        }
        return stream;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
