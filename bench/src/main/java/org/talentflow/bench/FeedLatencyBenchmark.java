package org.talentflow.bench;

import org.talentflow.app.Main;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Feed to dashboard: how long after an item appears in a local feed file its move answers on the API, with
 * {@code serve --watch FEED --interval 30s} running as a user starts it (a process of its own). Each round adds an
 * item at a random moment of the poll cycle, then asks {@code /api/people/NAME} every 100 ms until the move is there.
 *
 * <p>Usage: {@code bench/run feed-latency [ROUNDS] [INTERVAL]} (default 6 rounds, 30s).
 */
public final class FeedLatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[][] MOVES = {
            {"Clara Moreau", "head of research", "Acme", "Globex", "chief scientist"},
            {"Tomas Lindgren", "vice president of engineering", "Hooli", "Initech", "chief technology officer"},
            {"Priya Raman", "director of machine learning", "Globex", "Acme", "head of research"},
            {"Jonas Weber", "head of the speech team", "Initech", "Hooli", "chief scientist"},
            {"Elena Petrov", "chief operating officer", "Acme", "Initech", "chief executive"},
            {"Samuel Okafor", "head of data science", "Hooli", "Globex", "vice president of research"},
            {"Ingrid Halvorsen", "head of robotics", "Globex", "Hooli", "chief technology officer"},
            {"Marek Novak", "director of research", "Initech", "Acme", "chief scientist"},
    };
    /** Sentences without a move, so that each entry is a whole article rather than a teaser to fetch. */
    private static final String CALM = " The company did not say what the post pays. Its research staff grew by a "
            + "third this year, and it plans a second laboratory in the spring, where the new team will work on speech "
            + "models. Analysts called the appointment a sign that the firm means to build its own models rather than "
            + "license them, and expect more hires of the kind before the end of the year.";

    private FeedLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        String interval = args.length > 1 ? args[1] : "30s";
        if (rounds < 1 || rounds > MOVES.length - 1) {
            throw new IllegalArgumentException("rounds: 1 to " + (MOVES.length - 1));
        }
        Path work = Files.createTempDirectory("feed-latency");
        Path feed = work.resolve("news.rss");
        List<String> items = new ArrayList<>();
        items.add(item(0));
        Files.writeString(feed, rss(items));
        int port = freePort();
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", String.valueOf(port), "--db", work.resolve("db").toString(),
                "--watch", feed.toString(), "--interval", interval)
                .redirectOutput(work.resolve("serve.out").toFile()).redirectError(work.resolve("serve.err").toFile())
                .start();
        try {
            long started = System.nanoTime();
            // The first item is the warm-up: the server is up, its models loaded, and a poll went through.
            awaitPerson(port, MOVES[0][0], serve);
            System.out.printf(Locale.ROOT, "serve --watch %s: first item answered %.1f s after start (models loaded)%n",
                    interval, (System.nanoTime() - started) / 1e9);
            Random random = new Random(17);
            long intervalMillis = seconds(interval) * 1000;
            List<Double> latencies = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // A moment anywhere in the poll cycle.
                Thread.sleep((long) (random.nextDouble() * intervalMillis));
                items.add(0, item(round));
                long added = System.nanoTime();
                Files.writeString(feed, rss(items));
                awaitPerson(port, MOVES[round][0], serve);
                double seconds = (System.nanoTime() - added) / 1e9;
                latencies.add(seconds);
                System.out.printf(Locale.ROOT, "round %d: %s answered %.1f s after the item was added%n",
                        round, MOVES[round][0], seconds);
            }
            List<Double> sorted = latencies.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "feed to API, %d items, interval %s: median %.1f s, max %.1f s, min %.1f s%n",
                    rounds, interval, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.get(0));
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static String item(int i) {
        String[] m = MOVES[i];
        String text = m[0] + ", formerly " + m[1] + " at " + m[2] + ", has joined " + m[3] + " as " + m[4]
                + ", the company said on Tuesday." + CALM;
        return "<item><title>" + m[3] + " hires " + m[0] + "</title><link>https://news.example.com/" + i + "</link>"
                + "<guid isPermaLink=\"false\">item-" + i + "</guid><pubDate>Tue, 01 Apr 2025 09:30:00 GMT</pubDate>"
                + "<description><![CDATA[" + text + "]]></description></item>";
    }

    private static String rss(List<String> items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bench news</title>"
                + "<link>https://news.example.com/</link><description>Generated</description>" + String.join("", items)
                + "</channel></rss>";
    }

    private static void awaitPerson(int port, String name, Process serve) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/people/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new IllegalStateException("serve ended with code " + serve.exitValue());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notUpYet) {
                // the server is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " never answered within 10 minutes");
    }

    private static long seconds(String duration) {
        String d = duration.strip().toLowerCase(Locale.ROOT);
        long n = Long.parseLong(d.replaceAll("\\D", ""));
        return d.endsWith("m") ? n * 60 : d.endsWith("h") ? n * 3600 : n;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
