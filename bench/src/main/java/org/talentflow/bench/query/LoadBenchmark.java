package org.talentflow.bench.query;

import org.talentflow.app.http.ApiServer;
import org.talentflow.bench.store.BenchStore;
import org.talentflow.storage.MoveStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The real API server over a store of N synthetic moves, on loopback, under many clients at once: each client
 * thread sends a realistic mix of requests (flows with and without windows, net flow, organization pages of every
 * size, people, pages of the moves feed) for the given time, after a warm-up: back to back by default (the server's
 * saturation), or with a pause between a client's requests (--think MS, a person reading a page). Prints requests
 * per second, errors (any status but 200, or no answer) and p50/p95/p99 per kind of request and in all.
 *
 * <p>Usage: {@code bench/run load [--store h2|pg|both] [--moves 1000000] [--clients 50] [--seconds 30] [--think 0]}
 */
public final class LoadBenchmark {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private record Kind(String name, int weight, Function<SplittableRandom, String> path) {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        System.out.printf(Locale.ROOT, "load benchmark: %,d moves, %d clients for %d s (after a %d s warm-up) on loopback, "
                        + "%s; %d cores%n", options.moves(), options.clients(), options.seconds(), warmUpSeconds(options),
                options.thinkMs() == 0 ? "back to back" : options.thinkMs() + " ms between a client's requests",
                Runtime.getRuntime().availableProcessors());
        for (BenchStore target : options.stores()) {
            try (MoveStore store = target.open();
                 ApiServer server = ApiServer.start(store, "127.0.0.1", 0, null, null)) {
                List<Kind> mix = mix(new BenchSample(store));
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
                String base = "http://127.0.0.1:" + server.port();
                drive(http, base, mix, options, warmUpSeconds(options), new SplittableRandom(1));
                long start = System.nanoTime();
                Result result = drive(http, base, mix, options, options.seconds(), new SplittableRandom(2));
                report(target.label(), result, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static int warmUpSeconds(BenchOptions options) {
        return Math.max(5, options.seconds() / 3);
    }

    /** Shares like a dashboard's: pages of organizations and people most, flows and the feed next, net flow least. */
    private static List<Kind> mix(BenchSample sample) {
        List<Kind> mix = new ArrayList<>();
        mix.add(new Kind("GET /api/flows", 8, r -> {
            String window = r.nextBoolean() ? "" : window(r);
            String unit = r.nextInt(4) == 0 ? "level=unit" : "";
            return "/api/flows" + window + (unit.isEmpty() ? "" : (window.isEmpty() ? "?" : "&") + unit);
        }));
        mix.add(new Kind("GET /api/net", 4, r -> "/api/net" + (r.nextBoolean() ? "" : window(r))));
        mix.add(new Kind("GET /api/orgs/{giant}", 6, r -> "/api/orgs/" + encode(sample.pick(sample.giants, r))));
        mix.add(new Kind("GET /api/orgs/{mid-size}", 8, r -> "/api/orgs/" + encode(sample.pick(sample.mid, r))));
        mix.add(new Kind("GET /api/orgs/{small}", 8, r -> "/api/orgs/" + encode(sample.pick(sample.small, r))));
        mix.add(new Kind("GET /api/people/{name}", 20, r -> "/api/people/" + encode(sample.person(r))));
        mix.add(new Kind("GET /api/moves", 6, r -> "/api/moves?limit=50&offset=" + 50 * r.nextInt(4)));
        mix.add(new Kind("GET /api/moves?org=", 10, r -> "/api/moves?limit=50&org=" + encode(sample.pick(
                r.nextBoolean() ? sample.giants : r.nextBoolean() ? sample.mid : sample.small, r))));
        mix.add(new Kind("GET /api/moves?since=&until=", 4, r -> "/api/moves?limit=50" + window(r).replace('?', '&')));
        return mix;
    }

    /** A calendar year (since=2024&until=2024) three times in four, else twelve months from any month. */
    private static String window(SplittableRandom r) {
        if (r.nextInt(4) > 0) {
            int year = BenchSample.calendarYear(r)[0].getYear();
            return "?since=" + year + "&until=" + year;
        }
        LocalDate[] w = BenchSample.twelveMonths(r);
        return "?since=" + w[0].toString().substring(0, 7) + "&until=" + w[1].toString().substring(0, 7);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Result(Map<String, Latencies> times, Map<String, AtomicLong> errors, List<String> firstErrors) {
    }

    private static Result drive(HttpClient http, String base, List<Kind> mix, BenchOptions options, int seconds,
                                SplittableRandom seed) throws InterruptedException {
        int clients = options.clients();
        Map<String, Latencies> times = new LinkedHashMap<>();
        Map<String, AtomicLong> errors = new LinkedHashMap<>();
        mix.forEach(k -> {
            times.put(k.name(), new Latencies());
            errors.put(k.name(), new AtomicLong());
        });
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        int total = mix.stream().mapToInt(Kind::weight).sum();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = seed.split();
            Thread t = new Thread(() -> {
                Map<String, Latencies> mine = new LinkedHashMap<>();
                while (System.nanoTime() < deadline) {
                    Kind kind = pick(mix, random.nextInt(total));
                    String path = kind.path().apply(random);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long elapsed = System.nanoTime() - start;
                        mine.computeIfAbsent(kind.name(), k -> new Latencies()).add(elapsed);
                        if (response.statusCode() != 200) {
                            errors.get(kind.name()).incrementAndGet();
                            note(firstErrors, response.statusCode() + " " + path);
                        }
                    } catch (Exception e) {
                        errors.get(kind.name()).incrementAndGet();
                        note(firstErrors, e + " " + path);
                    }
                    if (options.thinkMs() > 0) {
                        try {
                            // Between half and one and a half times the pause, so that clients do not march in step.
                            Thread.sleep(options.thinkMs() / 2 + random.nextInt(options.thinkMs() + 1));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }
                mine.forEach((k, v) -> times.get(k).addAll(v));
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(times, errors, firstErrors);
    }

    private static void note(List<String> firstErrors, String error) {
        if (firstErrors.size() < 5) {
            firstErrors.add(error);
        }
    }

    private static Kind pick(List<Kind> mix, int ticket) {
        for (Kind k : mix) {
            ticket -= k.weight();
            if (ticket < 0) {
                return k;
            }
        }
        return mix.get(mix.size() - 1);
    }

    private static void report(String label, Result result, double seconds) {
        Latencies all = new Latencies();
        long errors = 0;
        System.out.println();
        System.out.printf(Locale.ROOT, "%s%n%-32s %9s %7s %8s %8s %8s %8s%n", label, "request", "count", "errors",
                "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var t : result.times().entrySet()) {
            long e = result.errors().get(t.getKey()).get();
            errors += e;
            all.addAll(t.getValue());
            System.out.printf(Locale.ROOT, "%-32s %9d %7d %s%n", t.getKey(), t.getValue().count(), e, t.getValue().summary());
        }
        System.out.printf(Locale.ROOT, "%-32s %9d %7d %s%n", "all", all.count(), errors, all.summary());
        System.out.printf(Locale.ROOT, "%.0f requests/s over %.1f s; %d errors%n", all.count() / seconds, seconds, errors);
        result.firstErrors().forEach(e -> System.out.println("  error: " + e));
    }
}
