package org.talentflow.app.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web server on loopback (a free port) serving fixture feeds and pages: answers that honour conditional GET,
 * errors, and answers that never come in time. Remembers every request.
 */
public final class FixtureServer implements AutoCloseable {

    public record Request(String path, Headers headers) {
    }

    private record Route(int status, String contentType, byte[] body, String etag, String lastModified, boolean slow,
                         long streamed) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FixtureServer() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    /** On another loopback address (127.0.0.2, say), to play a second host. */
    public FixtureServer(InetAddress address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    /** Serves the body; with an ETag or Last-Modified, a request that sends it back gets a 304. */
    public void serve(String path, String contentType, String body, String etag, String lastModified) {
        routes.put(path, new Route(200, contentType, body.getBytes(StandardCharsets.UTF_8), etag, lastModified, false, 0));
    }

    public void fail(String path, int status) {
        routes.put(path, new Route(status, "text/html", ("<h1>Error " + status + "</h1>").getBytes(StandardCharsets.UTF_8),
                null, null, false, 0));
    }

    /** Sends this many bytes without a Content-Length (chunked), as a server streaming a huge feed would. */
    public void stream(String path, long bytes) {
        routes.put(path, new Route(200, "application/rss+xml", new byte[0], null, null, false, bytes));
    }

    /** Redirects to another path, or to a whole URL. */
    public void redirect(String path, String to) {
        routes.put(path, new Route(301, to, new byte[0], null, null, false, 0));
    }

    /** Answers only when the server closes (or after ten seconds): longer than any client timeout in the tests. */
    public void hang(String path) {
        routes.put(path, new Route(200, "application/rss+xml", new byte[0], null, null, true, 0));
    }

    public synchronized List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int hits(String path) {
        return requests(path).size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        synchronized (this) {
            requests.add(new Request(path, exchange.getRequestHeaders()));
        }
        Route route = routes.get(path);
        try (exchange) {
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (route.slow()) {
                try {
                    closing.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (route.status() == 301) {
                String to = route.contentType();
                exchange.getResponseHeaders().set("Location", to.startsWith("http") ? to : url(to));
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (route.streamed() > 0) {
                exchange.getResponseHeaders().set("Content-Type", route.contentType());
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try (OutputStream body = exchange.getResponseBody()) {
                    for (long sent = 0; sent < route.streamed(); sent += chunk.length) {
                        body.write(chunk);
                    }
                } catch (IOException clientGaveUp) {
                    // the client stops reading at its limit: that is the point
                }
                return;
            }
            Headers in = exchange.getRequestHeaders();
            Headers out = exchange.getResponseHeaders();
            if (route.etag() != null) {
                out.set("ETag", route.etag());
            }
            if (route.lastModified() != null) {
                out.set("Last-Modified", route.lastModified());
            }
            boolean etagMatches = route.etag() != null && route.etag().equals(in.getFirst("If-None-Match"));
            boolean dateMatches = route.lastModified() != null && route.lastModified().equals(in.getFirst("If-Modified-Since"));
            if (etagMatches || (in.getFirst("If-None-Match") == null && dateMatches)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            out.set("Content-Type", route.contentType());
            exchange.sendResponseHeaders(route.status(), route.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(route.body());
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
