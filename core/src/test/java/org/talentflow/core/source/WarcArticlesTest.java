package org.talentflow.core.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.talentflow.core.domain.Document;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** WARC and WARC.gz archives built here with jwarc's writer, read the way the CC-NEWS crawl files are. */
class WarcArticlesTest {

    private static final Instant CAPTURED = Instant.parse("2025-04-02T06:30:00Z");

    @TempDir
    Path dir;

    private final List<Document> docs = new ArrayList<>();
    private final List<ReadFailure> failures = new ArrayList<>();
    private final List<SkippedRecord> skipped = new ArrayList<>();

    private void read(Path... paths) {
        new ArticleReader().read(List.of(paths), docs::add, failures::add, skipped::add);
    }

    static String story(String headline, String body) {
        return "<html><head><title>" + headline + " | Example News</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<article><h1>" + headline + "</h1><p>" + body + "</p></article><footer>Example News</footer></body></html>";
    }

    static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    static WarcResponse html(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private Path archive(String name, WarcCompression compression, Object... records) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (Object r : records) {
                writer.write((org.netpreserve.jwarc.WarcRecord) r);
            }
        }
        return file;
    }

    private Object[] mixedCrawl() throws IOException {
        String move = "Anna Berg, formerly head of research at Acme, has joined Globex as chief scientist, the company said.";
        String zh = "<html><head><meta charset=\"gbk\"><meta property=\"article:published_time\" content=\"2025-03-30\"></head>"
                + "<body><article><p>阿里巴巴通义实验室的负责人离职，加入京东探索研究院，担任首席科学家。</p></article></body></html>";
        return new Object[]{
                new WarcRequest.Builder(URI.create("https://news.example.com/globex"))
                        .body(new HttpRequest.Builder("GET", "/globex").build()).build(),
                html("https://news.example.com/globex", story("Globex hires Anna Berg", move)),
                new WarcMetadata.Builder().targetURI("https://news.example.com/globex")
                        .fields(Map.of("fetchTimeMs", List.of("120"))).build(),
                response("https://news.example.com/logo.jpg", 200, "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, 0, 1}),
                response("https://news.example.com/api/list", 200, "application/json", "{\"items\":[]}".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example.com/gone", 404, "text/html", story("Not found", "Nothing here.").getBytes(StandardCharsets.UTF_8)),
                response("https://news.example.com/zh", 200, "text/html", zh.getBytes(Charset.forName("GBK"))),
        };
    }

    @Test
    void htmlResponsesAreArticlesAndEveryOtherRecordIsSkippedWithItsReason() throws IOException {
        Path warc = archive("crawl.warc.gz", WarcCompression.GZIP, mixedCrawl());

        read(warc);

        assertThat(failures).isEmpty();
        assertThat(docs).hasSize(2);
        Document hire = docs.get(0);
        assertThat(hire.name()).startsWith("crawl.warc.gz#urn:uuid:");
        assertThat(hire.url()).isEqualTo("https://news.example.com/globex");
        assertThat(hire.title()).isEqualTo("Globex hires Anna Berg");
        assertThat(hire.published()).as("no date in the page: the capture date").isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(hire.text()).contains("has joined Globex as chief scientist").doesNotContain("Home").doesNotContain("Example News");
        assertThat(docs.get(1).text()).isEqualTo("阿里巴巴通义实验室的负责人离职，加入京东探索研究院，担任首席科学家。");
        assertThat(docs.get(1).published()).as("the page's own date wins").isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(skipped).extracting(SkippedRecord::reason).containsExactly("request record", "metadata record",
                "not HTML: image/jpeg", "not HTML: application/json", "HTTP 404");
    }

    @Test
    void uncompressedArchivesInFoldersAreReadToo() throws IOException {
        Files.createDirectories(dir.resolve("crawl"));
        archive("crawl/part-1.warc", WarcCompression.NONE, mixedCrawl());

        read(dir.resolve("crawl"));

        assertThat(docs).hasSize(2).allSatisfy(d -> assertThat(d.name()).startsWith("part-1.warc#"));
        assertThat(skipped).hasSize(5);
    }

    @Test
    void aTruncatedArchiveKeepsTheArticlesBeforeTheCutAndReportsTheRest() throws IOException {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            records.add(html("https://news.example.com/story-" + i, story("Story " + i,
                    ("Ben Ode left Initech for Hooli in May, story number " + i + ". ").repeat(40))));
        }
        Path whole = archive("whole.warc.gz", WarcCompression.GZIP, records.toArray());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length * 3 / 5));
        Files.delete(whole);

        read(cut);

        assertThat(docs).isNotEmpty().hasSizeLessThan(6);
        assertThat(docs).allSatisfy(d -> assertThat(d.text()).endsWith("story number " + d.url().substring(d.url().length() - 1) + "."));
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(cut.toString());
            assertThat(f.reason()).startsWith("truncated or corrupt after " + docs.size() + " complete records");
        });
    }

    @Test
    void anUncompressedArchiveCutInsideAPageDoesNotYieldHalfThePage() throws IOException {
        String text = "Ben Ode left Initech for Hooli in May. ".repeat(50);
        Path whole = archive("whole.warc", WarcCompression.NONE,
                html("https://news.example.com/one", story("One", "Anna Berg left Acme for Globex.")),
                html("https://news.example.com/two", story("Two", text)));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 500));

        read(cut);

        assertThat(docs).extracting(Document::url).containsExactly("https://news.example.com/one");
        assertThat(failures).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("truncated or corrupt after 1 complete records"));
    }

    @Test
    void aRecordOverTheLimitIsReportedAndTheArchiveOverTheFileLimitIsStillRead() throws IOException {
        String huge = story("Huge", "x ".repeat((int) (ArticleReader.MAX_FILE_BYTES / 2) + 1000));
        Path warc = archive("big.warc", WarcCompression.NONE,
                html("https://news.example.com/huge", huge),
                html("https://news.example.com/small", story("Small", "Anna Berg left Acme for Globex.")));
        assertThat(Files.size(warc)).isGreaterThan(ArticleReader.MAX_FILE_BYTES);

        read(warc);

        assertThat(docs).extracting(Document::url).containsExactly("https://news.example.com/small");
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.source()).startsWith(warc + "#urn:uuid:");
            assertThat(f.reason()).startsWith("record too large:");
        });
    }

    @Test
    void emptyAndNonWarcFilesAreReportedByName() throws IOException {
        Path empty = Files.write(dir.resolve("empty.warc.gz"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.warc"), "These are my notes, not an archive.\n");

        read(empty, text);

        assertThat(docs).isEmpty();
        assertThat(failures).extracting(ReadFailure::source).containsExactly(empty.toString(), text.toString());
        assertThat(failures.get(0).reason()).isEqualTo("empty file");
        assertThat(failures.get(1).reason()).startsWith("not a WARC archive");
    }
}
