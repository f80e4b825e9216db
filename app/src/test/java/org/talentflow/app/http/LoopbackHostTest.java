package org.talentflow.app.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding defence: a server on loopback answers only requests whose Host names a loopback host. Java's HTTP
 * client will not send a Host of our choosing, so these requests go over a plain socket.
 */
class LoopbackHostTest {

    @RegisterExtension
    static final ReadOnlyApi API = new ReadOnlyApi();

    static String get(int port, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestNamingAnotherHostIsMisdirected() throws IOException {
        int port = API.port();
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.nip.io:" + port,
                "localhost.evil.example", "10.0.0.7:" + port, "[2001:db8::1]:" + port)) {
            for (String path : List.of("/api/stats", "/")) {
                String answer = get(port, path, host);
                assertThat(answer).as(host + path).startsWith("HTTP/1.1 421")
                        .containsIgnoringCase("content-type: application/json")
                        .contains("{\"error\":\"this server answers only requests to localhost");
            }
        }
    }

    @Test
    void loopbackNamesAndAddressesWithAnyPortAreAnswered() throws IOException {
        int port = API.port();
        for (String host : List.of("localhost", "localhost:" + port, "LocalHost:80", "127.0.0.1", "127.0.0.1:" + port,
                "[::1]", "[::1]:" + port, "[0:0:0:0:0:0:0:1]:8080")) {
            assertThat(get(port, "/api/stats", host)).as(host).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void theRuleHoldsOnlyForAServerOnLoopback() throws IOException {
        try (ApiServer everywhere = ApiServer.start(API.store(), "0.0.0.0", 0, null, () -> null)) {
            assertThat(get(everywhere.port(), "/api/stats", "talentflow.example.com")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void hostValuesThatOnlyLookLikeLoopbackAreNot() {
        assertThat(LoopbackHost.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoopbackHost.isLoopback("127.9.9.9:1")).isTrue();
        assertThat(LoopbackHost.isLoopback("[::ffff:127.0.0.1]")).isTrue();
        for (String host : new String[]{null, "", "localhost:", "localhost:port", "127.0.0.1@evil.example",
                "127.0.0.256", "127.1", "0x7f.0.0.1", "[::1", "::1", "[::2]", "localhost.", "evil.localhost"}) {
            assertThat(LoopbackHost.isLoopback(host)).as(host).isFalse();
        }
    }
}
