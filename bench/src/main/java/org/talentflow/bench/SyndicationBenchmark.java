package org.talentflow.bench;

import org.talentflow.bench.GeneratedStories.Article;
import org.talentflow.bench.GeneratedStories.Kind;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.ingest.SaveResult;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.syndication.MinHashSignature;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Near-duplicate detection measured on a generated, labelled set (see {@link GeneratedStories}): precision and
 * recall of "this article is a copy of that story", per kind of copy and of hard negative; then the cost of
 * recognizing copies: store rate with recognition on and off, the signature alone, and ingest end to end (extraction
 * included) on the same articles.
 *
 * <p>Usage: {@code bench/run syndication [ARTICLES] [SEED]} (defaults 3000 and 1).
 */
public final class SyndicationBenchmark {

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<Article> articles = GeneratedStories.make(size, seed);
        System.out.printf(Locale.ROOT, "%d generated articles (seed %d), %d cores%n", articles.size(), seed,
                Runtime.getRuntime().availableProcessors());

        List<DocumentMoves> extracted = extract(articles);
        quality(articles, extracted);
        speed(articles, extracted);
    }

    private static double extractSeconds;

    private static List<DocumentMoves> extract(List<Article> articles) {
        MoveExtractor extractor = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault());
        List<DocumentMoves> out = new ArrayList<>();
        long start = System.nanoTime();
        try (BatchExtractor batch = new BatchExtractor(extractor, Runtime.getRuntime().availableProcessors(), out::add,
                f -> System.err.println("extraction failed: " + f))) {
            articles.forEach(a -> batch.accept(a.document()));
        }
        extractSeconds = (System.nanoTime() - start) / 1e9;
        return out;
    }

    /** Saves the stream into a fresh store and scores each "copy of" decision against the labels. */
    private static void quality(List<Article> articles, List<DocumentMoves> extracted) throws IOException {
        Map<String, Integer> storyOf = new HashMap<>();
        articles.forEach(a -> storyOf.put(a.document().name(), a.story()));
        // Per kind: articles, linked to their story, linked to another, exact duplicates (an edit that found nothing to edit).
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        int truePositives = 0;
        int falsePositives = 0;
        int copies = 0;
        Path folder = Files.createTempDirectory("syndication-quality");
        try (MoveStore store = MoveStore.open(folder.toString())) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                SaveResult result = store.save(a.document(), extracted.get(i).moves());
                boolean isCopy = !seen.add(a.story());
                Integer linked = result.copyOf() == null ? null : storyOf.get(result.copyOf());
                int[] counts = byKind.computeIfAbsent(a.kind(), k -> new int[4]);
                counts[0]++;
                if (result.duplicate()) {
                    counts[3]++;
                    continue;
                }
                if (linked != null && linked == a.story()) {
                    counts[1]++;
                    truePositives++;
                } else if (linked != null) {
                    counts[2]++;
                    falsePositives++;
                }
                if (isCopy) {
                    copies++;
                }
            }
        } finally {
            delete(folder);
        }
        System.out.println();
        System.out.println("near-duplicates: is this article a copy of a stored story?");
        System.out.printf(Locale.ROOT, "%-16s %8s %14s %16s %16s%n", "kind", "articles", "linked right", "linked wrongly",
                "exact duplicate");
        byKind.forEach((kind, c) -> System.out.printf(Locale.ROOT, "%-16s %8d %14d %16d %16d%n",
                GeneratedStories.describe(kind), c[0], c[1], c[2], c[3]));
        System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f (%d near-duplicate copies, %d linked right, %d linked wrongly)%n",
                truePositives / Math.max(1.0, truePositives + falsePositives), truePositives / Math.max(1.0, copies),
                copies, truePositives, falsePositives);
    }

    /** Store rate with recognition on and off, the signature's own cost, and ingest end to end. */
    private static void speed(List<Article> articles, List<DocumentMoves> extracted) throws IOException {
        // Warm-up: JIT for the store path, in a store of its own.
        saveAll(extracted.subList(0, Math.min(300, extracted.size())), true);
        double on = saveAll(extracted, true);
        double off = saveAll(extracted, false);
        long start = System.nanoTime();
        int signed = 0;
        for (Article a : articles) {
            signed += MinHashSignature.of(a.document().text()).isPresent() ? 1 : 0;
        }
        double signatureMs = (System.nanoTime() - start) / 1e6 / articles.size();
        int n = articles.size();
        System.out.println();
        System.out.println("cost of recognizing copies (embedded H2 store, one transaction per article)");
        System.out.printf(Locale.ROOT, "store, copies recognized:      %7.1f articles/s%n", n / on);
        System.out.printf(Locale.ROOT, "store, recognition off:        %7.1f articles/s (signatures still stored)%n", n / off);
        System.out.printf(Locale.ROOT, "signature alone:               %7.3f ms/article (%d of %d long enough to sign)%n",
                signatureMs, signed, n);
        System.out.printf(Locale.ROOT, "extraction (cascade):          %7.1f articles/s%n", n / extractSeconds);
        System.out.printf(Locale.ROOT, "ingest end to end, on / off:   %7.1f / %.1f articles/s%n",
                n / (extractSeconds + on), n / (extractSeconds + off));
    }

    private static double saveAll(List<DocumentMoves> extracted, boolean recognize) throws IOException {
        Path folder = Files.createTempDirectory("syndication-speed");
        try (MoveStore store = MoveStore.open(folder.toString())) {
            store.recognizeCopies(recognize);
            long start = System.nanoTime();
            for (DocumentMoves d : extracted) {
                Document doc = d.document();
                store.save(doc, d.moves());
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
