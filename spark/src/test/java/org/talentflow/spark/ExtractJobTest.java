package org.talentflow.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.talentflow.core.domain.DocumentMoves;
import org.talentflow.core.domain.Move;
import org.talentflow.core.eval.MoveContract;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.source.ArticleReader;
import org.talentflow.core.source.ReadFailure;
import org.talentflow.storage.MoveStore;

/**
 * The Spark job in local mode against core's single-machine extraction of the same articles (what
 * {@code talentflow extract} prints): same moves, same failures. One Spark session and one model copy for the class.
 */
class ExtractJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PG_URL = System.getenv("TALENTFLOW_PG_URL");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static MoveExtractor extractor;
    private static List<String> inputs;
    private static SingleMachine expected;
    private static JobReport report;
    private static Path out;

    /** What core's reader and extractor give on one machine, in the order extract prints. */
    record SingleMachine(List<String> lines, int articles, int articlesWithoutMoves, List<String> failures) {
    }

    @BeforeAll
    static void runJobOnGeneratedNews() throws IOException {
        spark = SparkSession.builder().appName("talentflow-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        extractor = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault());

        Path in = Files.createDirectories(dir.resolve("in"));
        GeneratedNews news = new GeneratedNews(5);
        Path wire = Files.createDirectories(in.resolve("wire"));
        List<String> a = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            a.add(news.jsonLine("wire-" + i, "Wire story " + i, "2025-0" + (1 + i % 9) + "-1" + i % 10, news.article(i % 3 != 0)));
        }
        a.add(6, "{\"id\": \"broken\", \"text\": \"Lena Park joined");
        a.add(12, "");
        a.add(15, "{\"id\": \"no-text\", \"title\": \"A headline alone\"}");
        Files.write(wire.resolve("a.jsonl"), a);
        List<String> b = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            b.add(news.jsonLine(null, "Brief " + i, "2024-11-0" + (1 + i % 9), news.article(i % 2 == 0)));
        }
        Files.write(wire.resolve("b.jsonl"), b);
        Files.writeString(wire.resolve("gold.jsonl"), "{\"doc\": \"an annotation file, not an article\"}\n");
        Files.writeString(wire.resolve("notes.csv"), "not,an,article\n");
        Files.createDirectories(wire.resolve(".cache"));
        Files.writeString(wire.resolve(".cache/hidden.txt"), "Jonas Berg left Google for Meta.");

        Path desk = Files.createDirectories(in.resolve("desk"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(desk.resolve("brief-0" + i + ".txt"), "url: https://desk.example.com/" + i
                    + "\ndate: 2025-06-0" + i + "\ntitle: Desk brief " + i + "\n\n" + news.article(i != 4));
        }
        List<Path> deskFiles = List.of(desk.resolve("brief-01.txt"), desk.resolve("brief-02.txt"),
                desk.resolve("brief-03.txt"), desk.resolve("brief-04.txt"));

        inputs = List.of(wire.toString(), desk.resolve("brief-0*.txt").toString());
        List<Path> singleMachineInputs = new ArrayList<>(List.of(wire));
        singleMachineInputs.addAll(deskFiles);
        expected = singleMachine(singleMachineInputs);
        out = dir.resolve("out");
        report = run(inputs, out);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void generatedNewsHasMovesAndArticlesWithout() {
        assertThat(expected.lines()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(expected.articlesWithoutMoves()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void jsonlOutputIsWhatSingleMachineExtractPrintsLineForLine() throws IOException {
        assertThat(Files.readAllLines(out.resolve("moves.jsonl"))).containsExactlyElementsOf(expected.lines());
    }

    @Test
    void parquetRowsAreTheSameMovesWithTheirArticle() {
        List<Row> rows = spark.read().parquet(out.resolve("moves.parquet").toString()).collectAsList();

        assertThat(rows).extracting(r -> MoveContract.toJsonLine(MoveTable.move(r)))
                .containsExactlyInAnyOrderElementsOf(expected.lines());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.<String>getAs("source")).matches("file:.*/in/(wire/[ab]\\.jsonl|desk/brief-0\\d\\.txt)");
            assertThat(r.<String>getAs("url")).startsWith("https://");
            assertThat(r.<java.sql.Date>getAs("published")).isNotNull();
        });
    }

    @Test
    void everyArticleIsCountedOnce() {
        assertThat(report.files()).isEqualTo(2 + 4);
        assertThat(report.counts().articles()).isEqualTo(expected.articles());
        assertThat(report.counts().moves()).isEqualTo(expected.lines().size());
    }

    @Test
    void malformedLinesAreReportedByLineAndDoNotStopTheJob() throws IOException {
        List<String> failures = failureLines(out);

        assertThat(failures).containsExactlyElementsOf(expected.failures());
        assertThat(failures).anySatisfy(f -> assertThat(f).contains("a.jsonl:7: malformed JSON"));
        assertThat(failures).anySatisfy(f -> assertThat(f).contains("a.jsonl:16: no text"));
        assertThat(report.counts().failures()).isEqualTo(2);
        assertThat(report.exitCode()).isEqualTo(2);
    }

    @Test
    void filesOnAnotherFileSystemAreCopiedToTheExecutorAndReadTheSameWay() throws IOException {
        // Hadoop's view file system mounts the input folder under viewfs://, a scheme other than file:, so the job takes
        // a cluster's path: list through Hadoop, copy each file to the executor, read the copy under the file's name.
        spark.sparkContext().hadoopConfiguration().set("fs.viewfs.mounttable.default.link./far", dir.resolve("in").toUri().toString());
        Path farOut = dir.resolve("far-out");

        JobReport r = run(List.of("viewfs://default/far/wire"), farOut);

        List<String> wireLines = expected.lines().stream().filter(l -> !l.startsWith("{\"doc\":\"brief-0")).toList();
        assertThat(wireLines).isNotEmpty();
        assertThat(Files.readAllLines(farOut.resolve("moves.jsonl"))).containsExactlyElementsOf(wireLines);
        assertThat(failureLines(farOut)).containsExactly(
                "viewfs://default/far/wire/a.jsonl:7: malformed JSON (Unexpected end-of-input: was expecting closing quote for a string value)",
                "viewfs://default/far/wire/a.jsonl:16: no text (expected a \"text\", \"body\" or \"content\" field)");
        assertThat(r.counts().articles()).isEqualTo(expected.articles() - 4);
    }

    @Test
    void emptyInputFolderGivesEmptyOutputsNotACrash() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path emptyOut = dir.resolve("empty-out");

        JobReport r = run(List.of(empty.toString()), emptyOut);

        assertThat(r.exitCode()).isZero();
        assertThat(r.counts().articles()).isZero();
        assertThat(Files.readAllLines(emptyOut.resolve("moves.jsonl"))).isEmpty();
        assertThat(Files.readAllLines(emptyOut.resolve("failures.jsonl"))).isEmpty();
        assertThat(spark.read().schema(MoveTable.SCHEMA).parquet(emptyOut.resolve("moves.parquet").toString()).count()).isZero();
    }

    @Test
    void whatACapCutIsWrittenWithTheArticlesName() throws IOException {
        Path in = Files.createDirectories(dir.resolve("deep-in"));
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(2_000)
                + "<p>Mara Quill has left Tindle Labs to join Orbwell as its research chief.</p>" + "</div>".repeat(2_000)
                + "</body></html>");
        Path deepOut = dir.resolve("deep-out");

        JobReport r = run(List.of(in.toString()), deepOut);

        assertThat(r.exitCode()).isZero();
        assertThat(Files.readAllLines(deepOut.resolve("notes.jsonl"))).singleElement().satisfies(line -> {
            JsonNode note = JSON.readTree(line);
            assertThat(note.get("source").asText()).isEqualTo("deep.html");
            assertThat(note.get("note").asText()).startsWith("HTML nested deeper than 256 levels read as plain text");
        });
        assertThat(Files.readAllLines(deepOut.resolve("moves.jsonl"))).singleElement()
                .satisfies(line -> assertThat(line).contains("Orbwell"));
    }

    @Test
    void missingInputIsReportedByName() throws IOException {
        Path missing = dir.resolve("no-such-folder");

        JobReport r = run(List.of(missing.toString()), dir.resolve("missing-out"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(failureLines(dir.resolve("missing-out"))).containsExactly(missing + ": no such file or folder");
    }

    @Test
    void userGazetteerReachesTheExecutors() throws IOException {
        Path tsv = Files.writeString(dir.resolve("mine.tsv"), "Qorvane Robotics\tcompany\t\t\tOslo\tQorvane\n");
        Path in = Files.createDirectories(dir.resolve("gazetteer-in"));
        Files.writeString(in.resolve("robots.txt"), "date: 2025-05-02\n\nMira Holt left Qorvane for Google in April.");
        List<String> local = new ArrayList<>();
        MoveExtractor withTsv = new MoveExtractor(Nlp.shared(), Gazetteer.loadDefaultWith(List.of(tsv)));
        new ArticleReader().read(List.of(in), d -> withTsv.extract(d).moves().forEach(m -> local.add(MoveContract.toJsonLine(m))),
                f -> { });

        run(List.of(in.toString()), dir.resolve("gazetteer-out"), "--gazetteer", tsv.toString());

        assertThat(local).singleElement().asString().contains("\"from\":\"Qorvane Robotics\"");
        assertThat(Files.readAllLines(dir.resolve("gazetteer-out/moves.jsonl"))).containsExactlyElementsOf(local);
    }

    @Test
    void postgresGetsEachArticleOnceAndARerunChangesNothing() throws Exception {
        Assumptions.assumeTrue(PG_URL != null && !PG_URL.isBlank(),
                "set TALENTFLOW_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the PostgreSQL write");
        String schema = "tf_spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try {
            try (Connection c = DriverManager.getConnection(new PostgresTarget(PG_URL, schema).serializableUrl());
                 Statement s = c.createStatement(); var rs = s.executeQuery("SHOW default_transaction_isolation")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("tasks write concurrently only under serializable isolation")
                        .isEqualTo("serializable");
            }
            JobReport first = run(inputs, dir.resolve("pg-out"), "--postgres", PG_URL, "--postgres-schema", schema);
            String digest;
            MoveStore.Counts counts;
            try (MoveStore store = MoveStore.open(PG_URL, schema)) {
                digest = store.contentDigest();
                counts = store.counts();
            }
            JobReport second = run(inputs, dir.resolve("pg-out-2"), "--postgres", PG_URL, "--postgres-schema", schema);

            assertThat(first.counts().stored()).isEqualTo(expected.articles());
            assertThat(first.counts().duplicates()).isZero();
            assertThat(counts.documents()).isEqualTo(expected.articles());
            assertThat(counts.evidence()).isEqualTo(expected.lines().size());
            assertThat(counts.moves()).isEqualTo(first.counts().newMoves());
            assertThat(second.counts().duplicates()).isEqualTo(expected.articles());
            try (MoveStore store = MoveStore.open(PG_URL, schema)) {
                assertThat(store.contentDigest()).isEqualTo(digest);
            }
        } finally {
            try (Connection c = DriverManager.getConnection(PG_URL); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void warcArchivesAreReadThroughCoreLikeEveryOtherInput() throws IOException {
        assertThat(ArticleReader.isArticleFile("news.warc.gz")).isTrue();
        Path cc = Files.createDirectories(dir.resolve("cc"));
        GeneratedNews news = new GeneratedNews(11);
        List<WarcFiles.Page> pages = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            pages.add(new WarcFiles.Page("https://news.example.org/2025/03/story-" + i, "2025-03-1" + i,
                    "<html><head><title>Story " + i + "</title></head><body><nav>Home | World | Business</nav>"
                            + "<article><h1>Story " + i + "</h1><p>" + news.article(i % 2 == 1) + "</p></article>"
                            + "<footer>Copyright</footer></body></html>"));
        }
        WarcFiles.writeGzipped(cc.resolve("news.warc.gz"), pages);
        SingleMachine local = singleMachine(List.of(cc));

        JobReport r = run(List.of(cc.toString()), dir.resolve("cc-out"));

        assertThat(local.articles()).isEqualTo(6);
        assertThat(r.counts().articles()).isEqualTo(6);
        assertThat(Files.readAllLines(dir.resolve("cc-out/moves.jsonl"))).containsExactlyElementsOf(local.lines());
    }

    private static JobReport run(List<String> in, Path outDir, String... more) throws IOException {
        List<String> args = new ArrayList<>(in);
        args.addAll(List.of("--out", outDir.toString()));
        args.addAll(List.of(more));
        ExtractJob job = new ExtractJob();
        new picocli.CommandLine(job).parseArgs(args.toArray(String[]::new));
        return new ExtractionJob(spark).run(job.options());
    }

    private static SingleMachine singleMachine(List<Path> paths) {
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int[] articles = {0, 0};
        new ArticleReader().read(paths, doc -> {
            DocumentMoves found = extractor.extract(doc);
            articles[0]++;
            if (found.moves().isEmpty()) {
                articles[1]++;
            }
            for (Move m : found.moves()) {
                lines.add(MoveContract.toJsonLine(m));
            }
        }, (ReadFailure f) -> failures.add(f.toString()));
        return new SingleMachine(lines, articles[0], articles[1], failures);
    }

    private static List<String> failureLines(Path outDir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(outDir.resolve("failures.jsonl"))) {
            JsonNode f = JSON.readTree(line);
            lines.add(f.get("source").asText() + ": " + f.get("reason").asText());
        }
        return lines;
    }
}
