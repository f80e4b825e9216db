package org.talentflow.core.source;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.core.domain.Document;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final List<Document> docs = new ArrayList<>();
    private final List<ReadFailure> failures = new ArrayList<>();

    private void read(Path... paths) {
        new ArticleReader().read(List.of(paths), docs::add, failures::add);
    }

    @Test
    void headerBlockGivesUrlDateAndTitleAndIsNotPartOfTheText() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "url: https://example.com/x\ndate: 2025-03-04\ntitle: A hire\n\nAnna Berg joined Globex.\n");

        Document d = new ArticleReader().readFile(f).get(0);

        assertThat(d.name()).isEqualTo("a.txt");
        assertThat(d.url()).isEqualTo("https://example.com/x");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(d.title()).isEqualTo("A hire");
        assertThat(d.text()).isEqualTo("Anna Berg joined Globex.");
    }

    @Test
    void unknownHeaderDateIsNoDate() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "url: https://example.com/x\ndate: unknown\ntitle: T\n\nText here.");

        assertThat(new ArticleReader().readFile(f).get(0).published()).isNull();
    }

    @Test
    void withoutHeaderTheDatelineGivesTheDate() throws IOException {
        Path f = Files.writeString(dir.resolve("b.txt"), "Markets\nLondon\nFriday, January 24, 2025\n\nShares fell after Anna Berg left Globex in 2019.");

        Document d = new ArticleReader().readFile(f).get(0);

        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 1, 24));
        assertThat(d.text()).startsWith("Markets");
    }

    @Test
    void datelinesInTheUsualFormsAreFound() {
        assertThat(DatelineFinder.find("Updated Jan. 5, 2024 at 3:05 p.m.")).contains(LocalDate.of(2024, 1, 5));
        assertThat(DatelineFinder.find("Published 7 March 2023 - Beijing")).contains(LocalDate.of(2023, 3, 7));
        assertThat(DatelineFinder.find("2022-11-30T08:00:00Z story")).contains(LocalDate.of(2022, 11, 30));
        assertThat(DatelineFinder.find("Sept 12th, 2021")).contains(LocalDate.of(2021, 9, 12));
    }

    @Test
    void aBareYearIsNotADateline() {
        assertThat(DatelineFinder.find("The lab, founded in 2020, hired 40 people in March.")).isEmpty();
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationSidebarAndComments() throws IOException {
        String html = """
                <html><head><title>Page title</title>
                <meta property="og:title" content="Globex hires Anna Berg">
                <meta property="article:published_time" content="2025-05-06T10:00:00Z">
                <link rel="canonical" href="https://example.com/globex-hire"></head>
                <body><nav><a href="/">Home</a> Menu entry</nav>
                <div class="sidebar"><p>Trending: celebrity gossip and more gossip.</p></div>
                <article><h1>Globex hires Anna Berg</h1>
                <p>Anna Berg, who ran the speech group at Acme for six years, has joined Globex as its chief scientist, the company said on Tuesday.</p>
                <p>She will lead a team of forty researchers in Zurich and report to the chief executive, according to a statement.</p>
                </article>
                <section id="comments"><p>Great move! Posted by reader123 who writes a lot of comments.</p></section>
                <footer>Copyright Example News</footer></body></html>
                """;
        Path f = Files.writeString(dir.resolve("page.html"), html);

        Document d = new ArticleReader().readFile(f).get(0);

        assertThat(d.title()).isEqualTo("Globex hires Anna Berg");
        assertThat(d.url()).isEqualTo("https://example.com/globex-hire");
        assertThat(d.published()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(d.text()).contains("has joined Globex as its chief scientist").contains("forty researchers")
                .doesNotContain("Menu entry").doesNotContain("gossip").doesNotContain("reader123").doesNotContain("Copyright");
    }

    @Test
    void htmlDateComesFromJsonLdWhenNoMetaTagHasIt() throws IOException {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-08-09\"}</script>"
                + "</head><body><p>Anna Berg left Acme.</p></body></html>";

        Document d = new ArticleReader().readFile(Files.writeString(dir.resolve("p.html"), html)).get(0);

        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 8, 9));
        assertThat(d.text()).isEqualTo("Anna Berg left Acme.");
    }

    @Test
    void htmlDeclaredCharsetIsHonoured() throws IOException {
        String html = "<html><head><meta charset=\"GB18030\"></head><body><p>阿里巴巴的研究员加入了京东。</p></body></html>";
        Path f = dir.resolve("zh.html");
        Files.write(f, html.getBytes(Charset.forName("GB18030")));

        assertThat(new ArticleReader().readFile(f).get(0).text()).isEqualTo("阿里巴巴的研究员加入了京东。");
    }

    @Test
    void chineseAndWesternLegacyEncodingsAreDetected() {
        String chinese = "阿里巴巴通义实验室的负责人离职，加入京东探索研究院，担任首席科学家。据报道，他在阿里工作了多年。";
        assertThat(EncodingDetector.decode(chinese.getBytes(Charset.forName("GB18030")))).isEqualTo(chinese);
        String traditional = "阿里巴巴通義實驗室的負責人離職，加入京東探索研究院，擔任首席科學家。據報導，他在阿里工作了多年。";
        assertThat(EncodingDetector.decode(traditional.getBytes(Charset.forName("Big5")))).isEqualTo(traditional);
        String latin = "José Núñez, the café chain's former chief, joined Société Générale in Zürich.";
        assertThat(EncodingDetector.decode(latin.getBytes(Charset.forName("windows-1252")))).isEqualTo(latin);
        assertThat(EncodingDetector.decode(latin.getBytes(StandardCharsets.UTF_8))).isEqualTo(latin);
    }

    @Test
    void aJsonLineOver20MbIsReportedAndTheLinesAfterItAreRead() throws IOException {
        Path f = dir.resolve("huge.jsonl");
        try (var w = Files.newBufferedWriter(f)) {
            w.write("{\"id\":\"one\",\"text\":\"Anna Berg joined Globex.\"}\r\n{\"text\":\"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 21; i++) {
                w.write(chunk);
            }
            w.write("\"}\n{\"id\":\"three\",\"text\":\"Ben Ode left Acme.\"}");
        }

        read(f);

        assertThat(docs).extracting(Document::name).containsExactly("one", "three");
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(f + ":2");
            assertThat(failure.reason()).isEqualTo("line too large: over 20 MB");
        });
    }

    @Test
    void aLineWithoutAnyEndIsReadNoFurtherThanTheCap() throws IOException {
        BoundedLines lines = new BoundedLines(new java.io.StringReader("a".repeat(100) + "\nshort"), 10);

        assertThat(lines.next().tooLong()).isTrue();
        assertThat(lines.next().text()).isEqualTo("short");
        assertThat(lines.next()).isNull();
    }

    @Test
    void jsonLinesYieldEveryGoodRecordAndReportTheBadLineByNumber() throws IOException {
        Path f = Files.writeString(dir.resolve("feed.jsonl"), """
                {"id":"one","title":"T1","date":"2025-02-03T09:00:00Z","text":"Anna Berg joined Globex."}
                {"id":"two", "text": oops
                {"text":"Ben Ode left Acme."}
                {"id":"four","title":"no body"}
                """);

        read(f);

        assertThat(docs).extracting(Document::name).containsExactly("one", "feed.jsonl#3");
        assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(failures).extracting(ReadFailure::source).containsExactly(f + ":2", f + ":4");
        assertThat(failures.get(0).reason()).startsWith("malformed JSON");
        assertThat(failures.get(1).reason()).startsWith("no text");
    }

    @Test
    void jsonArrayYieldsOneArticlePerObject() throws IOException {
        Path f = Files.writeString(dir.resolve("batch.json"), "[{\"id\":\"a\",\"text\":\"One.\"},{\"id\":\"b\",\"body\":\"Two.\"}]");

        read(f);

        assertThat(docs).extracting(Document::text).containsExactly("One.", "Two.");
        assertThat(failures).isEmpty();
    }

    @Test
    void truncatedJsonIsMalformed() throws IOException {
        Path f = Files.writeString(dir.resolve("cut.json"), "{\"id\":\"a\",\"text\":\"Anna Berg joi");

        read(f);

        assertThat(docs).isEmpty();
        assertThat(failures).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("malformed JSON"));
    }

    @Test
    void truncatedHtmlStillGivesItsText() throws IOException {
        Path f = Files.writeString(dir.resolve("cut.html"), "<html><body><article><p>Anna Berg left Acme for Globex in May. She will");

        assertThat(new ArticleReader().readFile(f).get(0).text()).startsWith("Anna Berg left Acme for Globex in May.");
    }

    @Test
    void emptyWhitespaceAndBinaryFilesAreReportedAndTheRestGoesOn() throws IOException {
        Files.writeString(dir.resolve("1-empty.txt"), "");
        Files.writeString(dir.resolve("2-blank.txt"), " \n\n \t\n");
        Files.write(dir.resolve("3-binary.txt"), new byte[]{0x50, 0x4B, 3, 4, 0, 0, 0, 8, 0, 0, 0x21, 0x00});
        Files.writeString(dir.resolve("4-good.txt"), "Anna Berg joined Globex.");

        read(dir);

        assertThat(docs).extracting(Document::name).containsExactly("4-good.txt");
        assertThat(failures).extracting(ReadFailure::reason)
                .containsExactly("empty file", "no text", "binary file, not text");
        assertThat(failures.get(0).source()).endsWith("1-empty.txt");
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L << 20);
        }

        read(f);

        assertThat(failures).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("too large: 104857600 bytes"));
    }

    @Test
    void missingPathsAndUnsupportedTypesNamedExplicitlyAreFailures() throws IOException {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7");

        read(dir.resolve("nope.txt"), pdf);

        assertThat(failures).extracting(ReadFailure::reason)
                .containsExactly("no such file or folder", "unsupported file type .pdf; expected .txt .md .html .htm .json .jsonl .warc .warc.gz");
    }

    @Test
    void foldersAreReadRecursivelyInOrderSkippingAnnotationsHiddenAndOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b.txt"), "B text.");
        Files.writeString(dir.resolve("sub/a.md"), "A text.");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\":\"b.txt\"}");
        Files.writeString(dir.resolve("docs.txt"), "b.txt");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden.");
        Files.writeString(dir.resolve(".git/x.txt"), "Git.");
        Files.writeString(dir.resolve("image.png"), "PNG");

        read(dir);

        assertThat(docs).extracting(Document::name).containsExactly("b.txt", "a.md");
        assertThat(failures).isEmpty();
    }

    @Test
    void folderRuleForOtherListersTakesArticleTypesAndLeavesAnnotationFiles() {
        assertThat(List.of("a.txt", "b.MD", "c.html", "d.json", "feed.jsonl")).allMatch(ArticleReader::isArticleFile);
        assertThat(List.of("gold.jsonl", "docs.txt", "image.png", "notes", "archive.tar")).noneMatch(ArticleReader::isArticleFile);
    }

    @Test
    void cleanerDropsFurnitureLinesButKeepsSentencesAboutMoves() {
        String raw = "Share this article\r\nAnna Berg left Acme.\nAll copyrighted images used with permission of the respective Owners.\n"
                + "Sign up for our daily newsletter\nRelated: Ben Ode left Initech for Hooli in May.\n12 Comments\n\n\n\nEnd.";

        assertThat(ArticleCleaner.clean(raw))
                .isEqualTo("Anna Berg left Acme.\nRelated: Ben Ode left Initech for Hooli in May.\n\nEnd.");
    }

    @Test
    void readFileThrowsTheReasonForAnUnreadableFile() throws IOException {
        Path f = Files.writeString(dir.resolve("e.txt"), "");

        assertThatThrownBy(() -> new ArticleReader().readFile(f)).isInstanceOf(UnreadableInput.class).hasMessage("empty file");
    }

    @Test
    void theSharedSeedCorpusReadsWithoutFailures() {
        String shared = System.getenv("TALENTFLOW_SHARED");
        Path seeds = shared == null ? null : Path.of(shared, "corpus", "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds), "the shared corpora are not beside this checkout");

        read(seeds);

        assertThat(failures).isEmpty();
        assertThat(docs).hasSize(5);
        assertThat(docs).filteredOn(d -> d.name().startsWith("001_")).singleElement()
                .satisfies(d -> assertThat(d.published()).isEqualTo(LocalDate.of(2025, 1, 24)));
    }

    @Test
    void aLinkLoopAndADanglingLinkInAFolderAreReportedByNameAndTheRestIsRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news"));
        Files.writeString(folder.resolve("a.txt"), "Ann Lee joined Globex in May.");
        Path sub = Files.createDirectories(folder.resolve("more"));
        Files.writeString(sub.resolve("b.txt"), "Tom Berg left Initech.");
        try {
            Files.createSymbolicLink(sub.resolve("loop"), folder);
            Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here: " + e.getMessage());
        }
        read(folder);
        assertThat(docs).extracting(Document::name).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(failures).extracting(ReadFailure::source).anyMatch(n -> n.endsWith("loop")).anyMatch(n -> n.endsWith("gone.txt"));
        assertThat(failures).extracting(ReadFailure::reason).anyMatch(r -> r.contains("loops back")).anyMatch(r -> r.contains("dangling"));
    }

    @Test
    void aHeaderOrJsonDateNoOneCanMeanIsReadAsUnknownWithANote() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date: 2025-02-30\ntitle: t\n\nAnn Lee joined Globex.\n");
        Files.writeString(dir.resolve("b.json"), "{\"id\": \"b\", \"date\": \"2999-01-01\", \"text\": \"Tom Berg left Initech.\"}");
        Files.writeString(dir.resolve("c.txt"), "date: 2025-02-28\n\nRay Moss left Initech.\n");
        read(dir.resolve("a.txt"), dir.resolve("b.json"), dir.resolve("c.txt"));
        assertThat(docs).extracting(Document::published).containsExactly(null, null, LocalDate.of(2025, 2, 28));
        assertThat(docs.get(0).notes()).singleElement().asString().contains("\"2025-02-30\" is no day between 1900 and tomorrow");
        assertThat(docs.get(1).notes()).singleElement().asString().contains("\"2999-01-01\" is no day");
        assertThat(docs.get(2).notes()).isEmpty();
    }

    @Test
    void aYearAndMonthHeaderIsLessPreciseNotImpossible() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date: 2024-09\n\nAnn Lee joined Globex.\n");
        Files.writeString(dir.resolve("b.txt"), "date: 2024-13\n\nTom Berg left Initech.\n");
        read(dir.resolve("a.txt"), dir.resolve("b.txt"));
        assertThat(docs.get(0).notes()).isEmpty();
        assertThat(docs.get(1).notes()).singleElement().asString().contains("\"2024-13\" is no day");
    }
}
