package org.talentflow.app.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request limit counts the bytes as they arrive: a body sent chunked (no Content-Length to refuse it by) is cut
 * off at the limit with a JSON 413, and nothing of it is stored.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ChunkedBodyTest {

    private static final long LIMIT = ApiServer.MAX_REQUEST_BYTES;

    @RegisterExtension
    static final ReadOnlyApi API = new ReadOnlyApi();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** POSTs a body of exactly {@code bytes} bytes, streamed, so that the client sends it chunked. */
    static HttpResponse<String> postChunked(String path, PaddedJson body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + API.port() + path))
                .header("Authorization", "Bearer s3cret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An article whose text is as long as it takes to make the body this many bytes. */
    static PaddedJson article(long bytes) {
        return new PaddedJson("{\"text\":\"", bytes, (byte) 'a', "\"}");
    }

    /** A watchlist item padded with JSON whitespace: a valid request of any size. */
    static PaddedJson item(long bytes) {
        return new PaddedJson("{\"kind\":\"org\",\"name\":\"Initech\"", bytes, (byte) ' ', "}");
    }

    @Test
    void aChunkedArticleJustOverTheLimitIsA413AndNotStored() throws Exception {
        HttpResponse<String> r = postChunked("/api/articles", article(LIMIT + 1));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("{\"error\":\"request larger than " + LIMIT + " bytes\"}");
        assertThat(API.store().counts().documents()).isZero();
    }

    @Test
    void aChunkedArticleFarOverTheLimitIsCutOffAtTheLimit() throws Exception {
        HttpResponse<String> r = postChunked("/api/articles", article(200L << 20));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("request larger than");
        assertThat(API.store().counts().documents()).isZero();
    }

    @Test
    void aChunkedWatchlistItemOverTheLimitIsA413AndNotKept() throws Exception {
        HttpResponse<String> r = postChunked("/api/watchlists/big/items", item(15L << 20));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + API.port() + "/api/watchlists"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).doesNotContain("\"big\"");
    }

    @Test
    void aChunkedBodyJustUnderTheLimitIsTaken() throws Exception {
        HttpResponse<String> r = postChunked("/api/watchlists/under/items", item(LIMIT - 1));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).contains("\"name\":\"under\"").contains("Initech");
    }

    /** {@code head}, then {@code fill} up to {@code bytes} in all, then {@code tail}; made as it is read. */
    static final class PaddedJson extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long padding;
        private final byte fill;
        private long position;
        private final long length;

        PaddedJson(String head, long bytes, byte fill, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.length = bytes;
            this.padding = bytes - this.head.length - this.tail.length;
            this.fill = fill;
        }

        @Override
        public int read() {
            if (position >= length) {
                return -1;
            }
            long at = position++;
            if (at < head.length) {
                return head[(int) at];
            }
            if (at < head.length + padding) {
                return fill;
            }
            return tail[(int) (at - head.length - padding)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= length) {
                return -1;
            }
            int n = 0;
            while (n < len && position < length) {
                b[off + n++] = (byte) read();
            }
            return n;
        }
    }
}
