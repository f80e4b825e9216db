package org.talentflow.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `serve` as a user starts it, stopped as Ctrl-C would (the waiting thread interrupted). */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeCommandTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs serve with these options until {@code whileServing} is done, then stops it; what it printed. */
    private CommandRun serving(int port, ThrowingRunnable whileServing, String... options) throws Exception {
        String[] args = new String[options.length + 5];
        System.arraycopy(new String[]{"serve", "--port", String.valueOf(port), "--db", dir.resolve("db").toString()}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        CommandRun[] run = new CommandRun[1];
        Thread server = new Thread(() -> run[0] = CommandRun.of(args));
        server.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!answers(port) && server.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            whileServing.run();
        } finally {
            server.interrupt();
            server.join(30_000);
        }
        return run[0];
    }

    private static boolean answers(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stats")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A check of a watchlist that does not exist: 404 once the token is accepted, 401 before. */
    private static int check(int port, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/watchlists/none/check"))
                        .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theTokenComesFromATokenFileWithoutAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "file-secret\n");
        int port = freePort();
        int[] answers = new int[2];

        CommandRun run = serving(port, () -> {
            answers[0] = check(port, "bearer file-secret");
            answers[1] = check(port, "Bearer other");
        }, "--token-file", file.toString());

        assertThat(answers).containsExactly(404, 401);
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void aTokenOnTheCommandLineWorksAndIsWarnedAbout() throws Exception {
        int port = freePort();
        int[] answers = new int[1];

        CommandRun run = serving(port, () -> answers[0] = check(port, "Bearer args-secret"), "--token", "args-secret");

        assertThat(answers).containsExactly(404);
        assertThat(run.err()).contains("warning: a token given with --token is visible to every user of this machine");
    }

    /** With --watch the server polls the feed itself: an entry added to it answers on the API at the next poll. */
    @Test
    void serveWatchPollsItsFeedsAndTheirMovesAnswerWithoutARestart() throws Exception {
        // Long enough to be the whole article, not a teaser whose page would be fetched.
        String calm = " The company did not say what the post pays. Its research staff grew by a third this year, and "
                + "it plans a second laboratory in the spring, where the new team will work on speech models. Analysts "
                + "called the appointment a sign that the firm means to build its own models rather than license them.";
        String first = WatchCommandTest.item("n-1", "Acme loses its research head", "https://news.example.com/1",
                "Clara Moreau, formerly head of research at Acme, has joined Globex as chief scientist, the company "
                        + "said on Tuesday." + calm);
        String second = WatchCommandTest.item("n-2", "Hooli engineering head moves", "https://news.example.com/2",
                "Tomas Lindgren, formerly vice president of engineering at Hooli, has joined Initech as chief "
                        + "technology officer, the company said on Wednesday." + calm);
        Path feed = Files.writeString(dir.resolve("news.rss"), WatchCommandTest.rss(first));
        int port = freePort();
        String[] people = new String[2];

        CommandRun run = serving(port, () -> {
            people[0] = awaitPerson(port, "Clara%20Moreau");
            Files.writeString(feed, WatchCommandTest.rss(second, first));
            people[1] = awaitPerson(port, "Tomas%20Lindgren");
        }, "--watch", feed.toString(), "--interval", "1s");

        assertThat(people[0]).contains("Globex");
        assertThat(people[1]).contains("Initech");
        assertThat(run.out()).contains("watching 1 feed every 1s");
    }

    /** The person's page once the API knows them (within a minute), or null. */
    private static String awaitPerson(int port, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/people/" + name)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return answer.body();
            }
            Thread.sleep(200);
        }
        return null;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
