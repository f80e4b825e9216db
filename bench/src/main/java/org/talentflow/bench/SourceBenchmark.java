package org.talentflow.bench;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.talentflow.core.domain.Document;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.pipeline.BatchExtractor;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Ingest rate of web pages, as a folder of HTML files and as one WARC.gz (request, response and metadata record per
 * page, the CC-NEWS layout): documents per second for reading alone (charset, main text, dates) and for reading,
 * extracting and storing in a fresh embedded store (and, to show where that time goes, reading and extracting alone). The pages are the shared news-mix and dev articles wrapped in
 * news-site chrome, repeated to the requested count with a line that makes each page's text unique (so the store
 * never skips one as a duplicate). Everything is written to a temporary folder and deleted at the end.
 *
 * <p>Usage: {@code bench/run sources [SHARED_DIR] [PAGES] [STORED_PAGES]}
 */
public final class SourceBenchmark {

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getenv().getOrDefault("TALENTFLOW_SHARED", "../shared"));
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int storedPages = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int threads = Runtime.getRuntime().availableProcessors();

        List<Document> articles = corpus(shared.resolve("corpus/news-mix"), shared.resolve("corpus/dev"));
        Path work = Files.createTempDirectory("talentflow-sources-bench");
        try {
            Path html = work.resolve("html");
            Path warc = work.resolve("pages.warc.gz");
            long htmlBytes = writeHtmlFolder(html, articles, pages);
            writeWarc(warc, articles, pages);
            Path smallHtml = work.resolve("html-small");
            Path smallWarc = work.resolve("small.warc.gz");
            writeHtmlFolder(smallHtml, articles, storedPages);
            writeWarc(smallWarc, articles, storedPages);
            System.out.printf(Locale.ROOT, "pages: %d from %d shared articles; HTML folder %.1f MB, WARC.gz %.1f MB "
                            + "(%d records); %d cores%n", pages, articles.size(), htmlBytes / 1e6, Files.size(warc) / 1e6,
                    pages * 3, threads);

            // Warm-up: the JIT and jsoup's first parses, before anything is timed.
            read(smallHtml);
            read(smallWarc);
            Gazetteer gazetteer = Gazetteer.loadDefault();
            MoveExtractor extractor = new MoveExtractor(Nlp.shared(), gazetteer);
            store(smallHtml, extractor, gazetteer, threads, work.resolve("warm-up-store"), 50);

            List<Row> rows = new ArrayList<>();
            rows.add(read("HTML files", html));
            rows.add(read("WARC.gz", warc));
            rows.add(extract("HTML files", smallHtml, extractor, threads));
            rows.add(extract("WARC.gz", smallWarc, extractor, threads));
            rows.add(store("HTML files", smallHtml, extractor, gazetteer, threads, work.resolve("store-html")));
            rows.add(store("WARC.gz", smallWarc, extractor, gazetteer, threads, work.resolve("store-warc")));

            System.out.println();
            System.out.printf(Locale.ROOT, "%-36s %9s %9s %10s %14s%n", "variant", "documents", "seconds", "docs/s", "docs/s/core");
            for (Row r : rows) {
                System.out.printf(Locale.ROOT, "%-36s %9d %9.1f %10.1f %14.1f%n", r.name(), r.documents(), r.seconds(),
                        r.documents() / r.seconds(), r.documents() / r.seconds() / threads);
            }
            // Rates on a shared machine mean little without the load they were measured under.
            System.out.printf(Locale.ROOT, "%nsystem load average at the end: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), threads);
        } finally {
            delete(work);
        }
    }

    private record Row(String name, int documents, double seconds) {
    }

    private static Row read(String name, Path input) {
        long start = System.nanoTime();
        int documents = read(input);
        return new Row("read " + name, documents, (System.nanoTime() - start) / 1e9);
    }

    private static int read(Path input) {
        AtomicInteger documents = new AtomicInteger();
        new ArticleReader().read(List.of(input), d -> documents.incrementAndGet(),
                f -> System.err.println("unreadable: " + f), skipped -> { });
        return documents.get();
    }

    /** Read and extract without a store: how much of the stored rate is extraction. */
    private static Row extract(String name, Path input, MoveExtractor extractor, int threads) {
        long start = System.nanoTime();
        AtomicInteger extracted = new AtomicInteger();
        try (BatchExtractor batch = new BatchExtractor(extractor, threads, found -> extracted.incrementAndGet(),
                f -> System.err.println("failed: " + f))) {
            new ArticleReader().read(List.of(input), batch, f -> System.err.println("unreadable: " + f), skipped -> { });
        }
        return new Row("read + extract " + name, extracted.get(), (System.nanoTime() - start) / 1e9);
    }

    private static Row store(String name, Path input, MoveExtractor extractor, Gazetteer gazetteer, int threads, Path folder) {
        long start = System.nanoTime();
        int documents = store(input, extractor, gazetteer, threads, folder, Integer.MAX_VALUE);
        return new Row("read + extract + store " + name, documents, (System.nanoTime() - start) / 1e9);
    }

    /** The ingest path: read, extract in parallel, one transaction per document in an embedded store. */
    private static int store(Path input, MoveExtractor extractor, Gazetteer gazetteer, int threads, Path folder, int limit) {
        AtomicInteger stored = new AtomicInteger();
        try (MoveStore store = MoveStore.open(folder.toString());
             BatchExtractor batch = new BatchExtractor(extractor, threads, found -> {
                 store.save(found.document(), found.moves());
                 stored.incrementAndGet();
             }, f -> System.err.println("failed: " + f))) {
            store.syncOrganizations(gazetteer.organizations());
            AtomicInteger taken = new AtomicInteger();
            new ArticleReader().read(List.of(input), d -> {
                if (taken.incrementAndGet() <= limit) {
                    batch.accept(d);
                }
            }, f -> System.err.println("unreadable: " + f), skipped -> { });
        }
        return stored.get();
    }

    private static List<Document> corpus(Path... dirs) {
        List<Document> docs = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no corpus at " + dir + "; pass the shared folder as first argument");
            }
            new ArticleReader().read(List.of(dir), docs::add, f -> System.err.println("unreadable: " + f));
        }
        return docs;
    }

    /** Page i: article i mod n, with a closing line naming its number so that its text is its own. */
    private static String page(List<Document> articles, int i) {
        Document a = articles.get(i % articles.size());
        Document unique = new Document(a.name(), a.url(), a.title(), a.published(),
                a.text() + "\n\nThis is page " + i + " of the benchmark.");
        return PageChrome.page(unique, i);
    }

    private static long writeHtmlFolder(Path folder, List<Document> articles, int pages) throws IOException {
        Files.createDirectories(folder);
        long bytes = 0;
        for (int i = 0; i < pages; i++) {
            byte[] html = page(articles, i).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format(Locale.ROOT, "page-%06d.html", i)), html);
            bytes += html.length;
        }
        return bytes;
    }

    private static void writeWarc(Path file, List<Document> articles, int pages) throws IOException {
        Instant captured = Instant.parse("2025-04-01T00:00:00Z");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                URI uri = URI.create("https://ledger.example.com/story/" + i);
                Instant at = captured.plusSeconds(i);
                writer.write(new WarcRequest.Builder(uri).date(at)
                        .body(new HttpRequest.Builder("GET", uri.getPath()).addHeader("Host", uri.getHost()).build()).build());
                writer.write(new WarcResponse.Builder(uri).date(at)
                        .body(new HttpResponse.Builder(200, "OK").addHeader("Server", "nginx")
                                .body(MediaType.parse("text/html; charset=utf-8"), page(articles, i).getBytes(StandardCharsets.UTF_8))
                                .build()).build());
                writer.write(new WarcMetadata.Builder().targetURI(uri).date(at)
                        .fields(Map.of("fetchTimeMs", List.of(String.valueOf(80 + i % 400)))).build());
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
