package org.talentflow.app.cli;

import org.talentflow.app.http.ApiServer;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.storage.MoveStore;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs the dashboard and API until Ctrl-C, then stops the server cleanly before the store is closed. */
final class Serving {

    private Serving() {
    }

    /** The address a browser opens: the dashboard at the root. */
    static String url(String host, int port) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port + "/";
    }

    static void untilStopped(MoveStore store, String host, int port, String token, Supplier<MoveExtractor> extractor,
                             PrintStream out) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // The shutdown hook waits for the server to close: the JVM would otherwise halt while it still answers.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try (ApiServer server = ApiServer.start(store, host, port, token, extractor)) {
            boolean writable = token != null && !token.isBlank();
            out.println();
            out.println("Dashboard: " + url(host, server.port()) + "   (open it in a browser; Ctrl-C stops the server)");
            out.println("JSON API:  " + url(host, server.port()) + "api/flows"
                    + (writable ? "   (POST /api/articles with the token)" : "   (read-only)"));
            out.flush();
            stop.await();
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what is running now
            }
        }
    }

    static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
