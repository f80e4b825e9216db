package org.talentflow.app.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fetcher against a loopback server: limits, timeouts, redirects and conditional GET. */
class HttpFetcherTest {

    private static final long LIMIT = 1 << 20;
    private final HttpFetcher fetcher = new HttpFetcher(Duration.ofMillis(800), LIMIT);
    private FixtureServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Fetched get(String path, String etag, String lastModified) throws FetchFailed {
        return fetcher.get(URI.create(server.url(path)), "*/*", etag, lastModified);
    }

    @Test
    void aBodyComesWithItsTypeAndValidators() throws FetchFailed {
        server.serve("/f.xml", "application/rss+xml; charset=ISO-8859-1", "<rss/>", "\"e1\"", "Tue, 01 Apr 2025 10:00:00 GMT");

        Fetched f = get("/f.xml", null, null);

        assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(f.charset()).isEqualTo("ISO-8859-1");
        assertThat(f.etag()).isEqualTo("\"e1\"");
        assertThat(f.lastModified()).isEqualTo("Tue, 01 Apr 2025 10:00:00 GMT");
    }

    @Test
    void matchingValidatorsGetANotModifiedWithoutBody() throws FetchFailed {
        server.serve("/f.xml", "application/rss+xml", "<rss/>", "\"e1\"", null);

        assertThat(get("/f.xml", "\"e1\"", null).notModified()).isTrue();
        assertThat(get("/f.xml", "\"old\"", null).notModified()).isFalse();
    }

    @Test
    void redirectsAreFollowed() throws FetchFailed {
        server.serve("/new.xml", "application/rss+xml", "<rss/>", null, null);
        server.redirect("/old.xml", "/new.xml");

        Fetched f = get("/old.xml", null, null);

        assertThat(f.uri().getPath()).isEqualTo("/new.xml");
        assertThat(f.body()).isNotEmpty();
    }

    @Test
    void errorsTimeoutsAndOversizedBodiesAreFailuresWithTheirReason() {
        server.fail("/error", 503);
        server.hang("/slow");
        server.serve("/big", "application/rss+xml", " ".repeat((int) LIMIT + 10), null, null);
        server.stream("/endless", 20L << 20);

        assertThatThrownBy(() -> get("/error", null, null)).isInstanceOf(FetchFailed.class).hasMessage("HTTP 503");
        assertThatThrownBy(() -> get("/missing", null, null)).hasMessage("HTTP 404");
        assertThatThrownBy(() -> get("/slow", null, null)).hasMessage("timed out after 800 ms");
        assertThatThrownBy(() -> get("/big", null, null)).hasMessage("too large: over 1 MB");
        assertThatThrownBy(() -> get("/endless", null, null)).hasMessage("too large: over 1 MB");
    }

    @Test
    void nothingListeningIsACleanFailure() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        assertThatThrownBy(() -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/f.xml"), "*/*", null, null))
                .isInstanceOf(FetchFailed.class).hasMessageStartingWith("cannot connect");
    }
}
