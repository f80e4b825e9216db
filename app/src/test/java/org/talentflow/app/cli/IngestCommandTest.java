package org.talentflow.app.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest command as a user runs it: good and bad files together, twice, on both stores. */
class IngestCommandTest {

    @TempDir
    static Path articles;

    @BeforeAll
    static void writeArticles() throws IOException {
        Files.writeString(articles.resolve("01-hire.txt"), """
                url: https://example.com/a
                date: 2025-03-04
                title: Globex hires Acme's speech chief

                Maria Gonzalez, head of Acme's speech team, has joined Globex as chief scientist. \
                She left Acme in February after six years.
                """);
        Files.writeString(articles.resolve("02-same-move.txt"), """
                date: 2025-03-05

                Globex confirmed on Wednesday that Maria Gonzalez left Acme for Globex.
                """);
        Files.writeString(articles.resolve("03-denial.txt"), """
                date: 2025-03-06

                Acme denied reports that its finance chief Tom Baker is leaving for Initech.
                """);
        Files.writeString(articles.resolve("04-empty.txt"), "");
        Files.write(articles.resolve("05-binary.txt"), new byte[]{0, 1, 2, 3, 0, 0, 7, 8, 0, 0});
        try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("06-huge.txt").toFile(), "rw")) {
            huge.setLength(100L << 20);
        }
        Files.writeString(articles.resolve("07-records.jsonl"),
                "{\"id\":\"r1\",\"date\":\"2025-04-01\",\"text\":\"Chen Wei left Initech to found Hooli Robotics in April.\"}\n"
                        + "{\"id\":\"r2\",\"text\": broken\n", StandardCharsets.UTF_8);
    }

    @Test
    void badFilesAreReportedByNameAndTheRestIsStored(@TempDir Path store) {
        CommandRun run = CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("04-empty.txt").contains("05-binary.txt").contains("06-huge.txt")
                .contains("07-records.jsonl:2");
        assertThat(run.out()).contains("moves new: 2").contains("corroborated: 1");
        try (MoveStore moves = MoveStore.open(store.toString())) {
            assertThat(moves.counts().moves()).isEqualTo(2);
            assertThat(moves.person("Gonzalez Maria")).hasValueSatisfying(p ->
                    assertThat(p.moves()).singleElement().satisfies(m -> assertThat(m.evidence()).hasSize(2)));
        }
    }

    @Test
    void aPageNestedBeyondTheCapIsStoredAndTheCutReportedByName(@TempDir Path store, @TempDir Path in) throws IOException {
        String story = "<p>Mara Quill has left Tindle Labs to join Orbwell as its research chief.</p>";
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(200_000) + story
                + "</div>".repeat(200_000) + "</body></html>");

        CommandRun run = CommandRun.of("ingest", in.toString(), "--db", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("read with notes (a limit cut the input, or a field was read as unknown):")
                .contains("deep.html: HTML nested deeper than 256 levels read as plain text (the page nests 200,003)");
        assertThat(run.out()).contains("documents read: 1, failed: 0");
    }

    @Test
    void aDocumentOverItsTimeFailsByNameAndNothingOfItIsStored(@TempDir Path store, @TempDir Path in) throws IOException {
        // Parsing a sentence takes milliseconds: a millisecond per document stops every article that has a move.
        Files.writeString(in.resolve("a.txt"), "Mara Quill has left Tindle Labs to join Orbwell as its research chief.\n");
        Files.writeString(in.resolve("b.txt"), "Tom Reyes has joined Orbwell from Tindle Labs as chief of staff.\n");

        CommandRun run = CommandRun.of("ingest", in.toString(), "--db", store.toString(), "--document-timeout", "1ms");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("a\\.txt: took over 1 ms at stage [a-z-]+")
                .containsPattern("b\\.txt: took over 1 ms at stage [a-z-]+");
        assertThat(run.out()).contains("documents read: 0, failed: 2");
        try (MoveStore moves = MoveStore.open(store.toString())) {
            assertThat(moves.counts().moves()).isZero();
        }
    }

    @Test
    void anImpossibleHeaderDateIsReportedByNameAndReadAsUnknown(@TempDir Path store, @TempDir Path in) throws IOException {
        Files.writeString(in.resolve("feb30.txt"), "date: 2025-02-30\ntitle: t\n\nMara Quill has left Tindle Labs to join Orbwell.\n");
        Files.writeString(in.resolve("year1.txt"), "date: 0001-01-01\n\nTom Reyes has joined Orbwell from Tindle Labs.\n");

        CommandRun run = CommandRun.of("ingest", in.toString(), "--db", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("feb30.txt: the date \"2025-02-30\" is no day between 1900 and tomorrow")
                .contains("year1.txt: the date \"0001-01-01\" is no day");
        assertThat(run.out()).contains("documents read: 2, failed: 0");
    }

    @Test
    void anApostropheDecodedInTheWrongCodePageIsNotPartOfTheOrganization(@TempDir Path store, @TempDir Path in)
            throws IOException {
        // "Amazon’s" as a page that declared no charset arrives when read as Windows-1252.
        Files.writeString(in.resolve("mojibake.txt"), "date: 2025-05-02\n\n"
                + "Dana Whitfield left Amazon\u00e2\u20ac\u2122s robotics unit to join Kestrel Labs as its hardware chief.\n");

        CommandRun run = CommandRun.of("ingest", in.toString(), "--db", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (MoveStore moves = MoveStore.open(store.toString())) {
            assertThat(moves.person("Dana Whitfield")).hasValueSatisfying(p -> assertThat(p.moves()).singleElement()
                    .satisfies(m -> assertThat(m.fromOrganization()).isEqualTo("Amazon")));
        }
    }

    @Test
    void ingestingTwiceChangesNothingOnTheEmbeddedStore(@TempDir Path store) {
        assertIngestIsIdempotent(store.toString());
    }

    @Test
    void ingestingTwiceChangesNothingOnPostgres() throws SQLException {
        String url = System.getenv("TALENTFLOW_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "set TALENTFLOW_PG_URL to run the PostgreSQL tests");
        String schema = "tf_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            assertIngestIsIdempotent(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        } finally {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void assertIngestIsIdempotent(String db) {
        CommandRun first = CommandRun.of("ingest", articles.toString(), "--db", db);
        String digest;
        MoveStore.Counts counts;
        try (MoveStore moves = MoveStore.open(db)) {
            digest = moves.contentDigest();
            counts = moves.counts();
        }
        CommandRun second = CommandRun.of("ingest", articles.toString(), "--db", db);

        assertThat(first.out()).contains("duplicates: 0");
        // The three good files were finished and are skipped whole; the JSONL file with a bad line is read again
        // (its failure reported again), and its stored record is a duplicate.
        assertThat(second.out()).contains("duplicates: 1").contains("moves new: 0").contains("corroborated: 0")
                .contains("skipped: 3");
        assertThat(second.exitCode()).isEqualTo(2);
        try (MoveStore moves = MoveStore.open(db)) {
            assertThat(moves.counts()).isEqualTo(counts);
            assertThat(moves.contentDigest()).isEqualTo(digest);
        }
    }

    @Test
    void flowsShowTheMoveWithItsPerson(@TempDir Path store) {
        CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        CommandRun flows = CommandRun.of("flows", "--db", store.toString());

        assertThat(flows.exitCode()).isZero();
        assertThat(flows.out()).containsPattern("Acme\\s+Globex\\s+1\\s+Maria Gonzalez");
        assertThat(flows.out()).doesNotContain("Tom Baker");
    }

    @Test
    void aMalformedDateIsAUsageErrorNotAStackTrace(@TempDir Path store) {
        CommandRun run = CommandRun.of("flows", "--since", "last tuesday", "--db", store.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a date").doesNotContain("Exception");
    }

    @Test
    void netShowsWhoGainedAndWhoLost(@TempDir Path store) {
        CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        CommandRun net = CommandRun.of("net", "--db", store.toString());

        assertThat(net.exitCode()).isZero();
        assertThat(net.out()).containsPattern("Globex\\s+1\\s+0\\s+\\+1").containsPattern("Acme\\s+0\\s+1\\s+-1");
    }

    @Test
    void aWatchlistReportsNewMovesOnceAndThenNothing(@TempDir Path store) {
        CommandRun.of("watchlist", "--org", "Globex", "--db", store.toString());
        CommandRun.of("ingest", articles.toString(), "--db", store.toString());

        CommandRun first = CommandRun.of("watchlist", "--db", store.toString());
        CommandRun second = CommandRun.of("watchlist", "--db", store.toString());

        assertThat(first.out()).contains("Maria Gonzalez").doesNotContain("Chen Wei");
        assertThat(second.out()).contains("(0)");
    }
}
