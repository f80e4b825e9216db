package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One embedded store used from several terminals at once, each command a process of its own: {@code serve} answers
 * while {@code ingest} and {@code watch} write to its folder, and the queries run while they do.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class LiveStoreTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern PROGRESS = Pattern.compile("\\d+ documents");
    private static final Pattern STORED = Pattern.compile("documents read: (\\d+), failed: 0, duplicates: (\\d+)");
    /** News-style sentences without a move, so that a feed entry counts as the whole article, not a teaser. */
    private static final String CALM = " The company did not say what the new post pays. Its research staff has "
            + "grown by a third this year, and it plans a second laboratory in the spring. Colleagues described the "
            + "appointment as a sign that the firm means to build its own models rather than license them.";

    @TempDir
    Path work;

    @Test
    void ingestAndWatchWriteToTheStoreServeServesAndTheQueriesAnswerMeanwhile() throws Exception {
        Path db = work.resolve("db");
        Path seed = Files.writeString(work.resolve("seed.txt"), "Ingrid Halvorsen, who led the speech team at "
                + "Initech for six years, has joined Globex as its chief scientist, Globex said on Monday." + CALM);
        CommandRun seeded = CommandRun.of("ingest", seed.toString(), "--db", db.toString());
        assertThat(seeded.exitCode()).as(seeded.err()).isZero();
        Path articles = Files.createDirectory(work.resolve("articles"));
        GeneratedNews.write(articles, 60, 11);
        Path feed = Files.writeString(work.resolve("tech.rss"), WatchCommandTest.rss(WatchCommandTest.item("tech-7",
                "Hooli engineering head moves to Initech", "https://news.example.com/novak",
                "Marek Novak, formerly vice president of engineering at Hooli, has joined Initech as chief "
                        + "technology officer, the company said on Wednesday." + CALM)));
        int port = freePort();

        ChildRun serve = ChildRun.command("serve", "--port", String.valueOf(port), "--db", db.toString());
        try {
            awaitAnswer(port, serve);
            ChildRun ingest = ChildRun.of("ingest", articles.toString(), "--db", db.toString());
            ChildRun watch = ChildRun.command("watch", feed.toString(), "--once", "--db", db.toString());
            // Its first progress line: the ingest has the store open and its models loaded, and is storing.
            assertThat(ingest.awaitLine(PROGRESS)).as(ingest.err()).isTrue();
            ChildRun moves = ChildRun.command("moves", "--json", "--db", db.toString());
            ChildRun person = ChildRun.command("person", "Ingrid Halvorsen", "--db", db.toString());
            assertThat(moves.runToEnd()).as(moves.err()).isZero();
            assertThat(person.runToEnd()).as(person.err()).isZero();
            assertThat(ingest.isAlive()).as("the queries ran while the ingest ran").isTrue();
            assertThat(moves.out()).contains("Ingrid Halvorsen");
            assertThat(person.out()).contains("Globex");

            assertThat(ingest.runToEnd()).as(ingest.err()).isZero();
            assertThat(watch.runToEnd()).as(watch.err()).isZero();
            Matcher stored = STORED.matcher(ingest.out());
            assertThat(stored.find()).as(ingest.out()).isTrue();
            int ingested = Integer.parseInt(stored.group(1)) - Integer.parseInt(stored.group(2));
            assertThat(get(port, "/api/stats")).contains("\"documents\":" + (1 + ingested + 1));
            assertThat(get(port, "/api/people/" + URLEncoder.encode("Marek Novak", StandardCharsets.UTF_8)
                    .replace("+", "%20"))).contains("Initech");
        } finally {
            serve.stop();
        }
    }

    @Test
    void aStoreHeldByAProgramThatDoesNotShareItIsReportedWithItsHolderAndWhatToDo() throws Exception {
        Path db = work.resolve("held");
        try (MoveStore created = MoveStore.open(db.toString())) {
            assertThat(created.counts().documents()).isZero();
        }
        // This JVM holds the database as an H2 tool would: embedded, unshared.
        try (Connection holder = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("talentflow")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            ChildRun moves = ChildRun.command("moves", "--db", db.toString());

            assertThat(moves.runToEnd()).isEqualTo(1);
            assertThat(moves.err())
                    .contains("talentflow: the store at " + db.toAbsolutePath() + " is in use by process "
                            + ProcessHandle.current().pid() + " (")
                    .contains("Stop that program")
                    .doesNotContain("jdbc:").doesNotContain("90020").doesNotContain("server mode");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitAnswer(int port, ChildRun serve) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                get(port, "/api/stats");
                return;
            } catch (IOException notYet) {
                assertThat(serve.isAlive()).as("serve runs").isTrue();
                Thread.sleep(200);
            }
        }
        throw new AssertionError("serve did not answer within 120 s");
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }
}
