package org.talentflow.app.feed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetcher against a loopback server: limits, timeouts, redirects and conditional GET (allowed to reach loopback),
 * and the refusal of internal addresses, at the first request and at every redirect.
 */
class HttpFetcherTest {

    private static final long LIMIT = 1 << 20;
    private final HttpFetcher fetcher = new HttpFetcher(Duration.ofMillis(800), LIMIT, AddressPolicy.ANY);
    /** 127.0.0.1 plays a host on the public internet; everything else is judged as it would be. */
    private static final AddressPolicy FIRST_LOOPBACK_IS_PUBLIC = address ->
            address.getHostAddress().equals("127.0.0.1") ? null : AddressPolicy.PUBLIC_ONLY.refusal(address);
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
    void byDefaultALoopbackAddressIsRefusedBeforeAnyRequest() {
        server.serve("/f.xml", "application/rss+xml", "<rss/>", null, null);
        HttpFetcher publicOnly = new HttpFetcher(Duration.ofSeconds(5), LIMIT, AddressPolicy.PUBLIC_ONLY);

        assertThatThrownBy(() -> publicOnly.get(URI.create(server.url("/f.xml")), "*/*", null, null))
                .isInstanceOf(FetchFailed.class)
                .hasMessage("refused: 127.0.0.1 is a loopback address; pass --allow-private-hosts to fetch from it");
        assertThatThrownBy(() -> publicOnly.get(URI.create("http://localhost:" + URI.create(server.url("/")).getPort()
                + "/f.xml"), "*/*", null, null)).hasMessageStartingWith("refused: localhost (");
        assertThat(server.hits("/f.xml")).isZero();
    }

    @Test
    void everyRedirectHopIsCheckedAndAHopInsideIsRefusedUnfetched() throws IOException {
        try (FixtureServer inside = new FixtureServer(InetAddress.getByName("127.0.0.2"))) {
            inside.serve("/secret", "text/html", "<p>internal</p>", null, null);
            server.redirect("/a", "/b");
            server.redirect("/b", inside.url("/secret"));
            HttpFetcher guarded = new HttpFetcher(Duration.ofSeconds(5), LIMIT, FIRST_LOOPBACK_IS_PUBLIC);

            assertThatThrownBy(() -> guarded.get(URI.create(server.url("/a")), "*/*", null, null))
                    .hasMessageStartingWith("refused: 127.0.0.2 is a loopback address");
            assertThat(server.hits("/a")).isEqualTo(1);
            assertThat(server.hits("/b")).isEqualTo(1);
            assertThat(inside.hits("/secret")).isZero();
        }
    }

    @Test
    void withAnyAddressAllowedTheSameChainIsFollowedToItsEnd() throws Exception {
        try (FixtureServer inside = new FixtureServer(InetAddress.getByName("127.0.0.2"))) {
            inside.serve("/secret", "text/html", "<p>internal</p>", null, null);
            server.redirect("/a", "/b");
            server.redirect("/b", inside.url("/secret"));

            Fetched f = fetcher.get(URI.create(server.url("/a")), "*/*", null, null);

            assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo("<p>internal</p>");
            assertThat(f.uri().toString()).isEqualTo(inside.url("/secret"));
        }
    }

    @Test
    void aRedirectLoopEndsAfterFiveHops() {
        server.redirect("/ping", "/pong");
        server.redirect("/pong", "/ping");

        assertThatThrownBy(() -> get("/ping", null, null)).hasMessage("too many redirects (more than 5)");
        assertThat(server.hits("/ping") + server.hits("/pong")).isEqualTo(HttpFetcher.MAX_REDIRECTS + 1);
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
