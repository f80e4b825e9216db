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

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
