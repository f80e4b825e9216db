package org.talentflow.app.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's defences, at the HTTP level: headers on every answer, writes refused without the token, malformed
 * parameters a 400 naming them, oversized requests refused, hostile article text inert in every download, and page
 * code that never turns data into markup. The browser-level checks are in HostileArticleBrowserTest.
 */
class HttpSecurityTest {

    @RegisterExtension
    static final ReadOnlyApi API = new ReadOnlyApi(store -> moveId = HostileArticle.saveInto(store));
    static long moveId;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + API.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, Map.of());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/index.html", "/js/app.js", "/css/app.css", WebUi.ECHARTS_PATH, "/api/flows",
                "/api/moves?limit=abc", "/api/nothing", "/api/export/flows.csv")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                            .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void writesWithoutTheRightTokenAreRefused() throws Exception {
        for (String path : List.of("/api/articles", "/api/watchlists/w/items", "/api/watchlists/w/check")) {
            String body = "{\"text\":\"Ann Lee joined Initech.\",\"kind\":\"org\",\"name\":\"Initech\"}";
            assertThat(send("POST", path, body, Map.of()).statusCode()).as(path).isEqualTo(401);
            assertThat(send("POST", path, body, Map.of("Authorization", "Bearer wrong")).statusCode()).as(path).isEqualTo(401);
            assertThat(send("POST", path, body, Map.of("Authorization", "s3cret")).statusCode()).as(path).isEqualTo(401);
        }
        try (ApiServer readOnly = ApiServer.start(API.store(), "127.0.0.1", 0, null, () -> null)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port()
                            + "/api/watchlists/w/items")).header("Authorization", "Bearer ")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"org\",\"name\":\"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("read-only");
        }
        assertThat(get("/api/watchlists").body()).doesNotContain("\"w\"");
    }

    /**
     * The scheme is case-insensitive (RFC 9110); the token itself is not, even on a kept-alive connection that sent the
     * right one before. A check of no watchlist is a 404 once in.
     */
    @Test
    void theBearerSchemeIsAcceptedInAnyCase() throws Exception {
        for (String auth : List.of("Bearer s3cret", "bearer s3cret", "BEARER s3cret", "bEaReR   s3cret")) {
            assertThat(send("POST", "/api/watchlists/nobody/check", null, Map.of("Authorization", auth)).statusCode())
                    .as(auth).isEqualTo(404);
        }
        for (String auth : List.of("Bearer S3CRET", "Basic s3cret", "Bearers3cret", "bearer", "s3cret bearer")) {
            assertThat(send("POST", "/api/watchlists/nobody/check", null, Map.of("Authorization", auth)).statusCode())
                    .as(auth).isEqualTo(401);
        }
    }

    @Test
    void malformedParametersAreA400NamingTheParameterWithoutAStackTrace() throws Exception {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("/api/flows?since=2025-13", "since"),
                Map.entry("/api/moves?limit=abc", "limit"),
                Map.entry("/api/flows?level=sideways", "level"),
                Map.entry("/api/moves/abc", "id"),
                Map.entry("/api/articles/-4", "id"),
                Map.entry("/api/net?since=2025-06&until=2025-01", "since"),
                Map.entry("/api/export/moves.csv?limit=99999999", "limit"),
                Map.entry("/api/search?q=" + "x".repeat(201), "q"),
                Map.entry("/api/flows/moves?from=Acme", "to"),
                Map.entry("/api/moves?offset=%E2%88%9E", "offset"));
        for (Map.Entry<String, String> c : expected.entrySet()) {
            HttpResponse<String> r = get(c.getKey());
            assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(c.getKey())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(r.body()).as(c.getKey()).startsWith("{\"error\":\"" + c.getValue() + " ")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
        }
    }

    /** Java's HTTP client will not send a broken escape, so this request goes over a plain socket. */
    @Test
    void aQueryStringThatIsNotUrlEncodingIsA400RatherThanAnAbsentParameter() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", API.port())) {
            socket.getOutputStream().write(("GET /api/flows?since=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("{\"error\":\"query string is not valid URL encoding");
        }
    }

    /** Jetty itself refuses these before any route runs; its answer is still the API's JSON, not an HTML page. */
    @Test
    void aPathThatIsNotUrlEncodingIsAJson400() throws Exception {
        for (String path : List.of("/api/orgs/%", "/api/people/%ZZ", "/api/orgs/a%2")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", API.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(answer).as(path).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/json")
                        .contains("{\"error\":\"").doesNotContain("<html").doesNotContain("Exception");
            }
        }
    }

    @Test
    void requestsOverAMegabyteAreRefused() throws Exception {
        String huge = "{\"kind\":\"org\",\"name\":\"" + "a".repeat((int) ApiServer.MAX_REQUEST_BYTES) + "\"}";
        for (String path : List.of("/api/articles", "/api/watchlists/w/items")) {
            HttpResponse<String> r = send("POST", path, huge, Map.of("Authorization", "Bearer s3cret"));
            assertThat(r.statusCode()).as(path).isEqualTo(413);
            assertThat(r.body()).contains("request larger than");
        }
    }

    @Test
    void hostileTextStaysDataInJsonAnswers() throws Exception {
        HttpResponse<String> move = get("/api/moves/" + moveId);

        assertThat(move.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(move.body()).contains(HostileArticle.SCRIPT).contains(HostileArticle.IMG);
        assertThat(get("/api/people/" + q(HostileArticle.PERSON)).statusCode()).isEqualTo(200);
        assertThat(get("/api/orgs/" + q(HostileArticle.ORGANIZATION)).statusCode()).isEqualTo(200);
    }

    @Test
    void hostileTextCannotComputeInACsvOrBreakTheGraphMl() throws Exception {
        API.store().save(new org.talentflow.core.domain.Document("f.txt", null, null, null, "=HYPERLINK(\"x\") left Acme for Initech."),
                List.of(new org.talentflow.core.domain.Move("=HYPERLINK(\"x\")", org.talentflow.core.domain.MoveKind.MOVE,
                        org.talentflow.core.domain.OrgRef.of("@SUM(A1)"), org.talentflow.core.domain.OrgRef.of("Initech\u0007"),
                        null, null, 0.9, new org.talentflow.core.domain.Evidence("f.txt", "=HYPERLINK(\"x\") left Acme for Initech.",
                        0, 38))));

        String csv = get("/api/export/flows.csv").body();
        String moves = get("/api/export/moves.csv?limit=50").body();
        String graphml = get("/api/export/flows.graphml").body();

        List<List<String>> flows = WebApiTest.rows(csv);
        assertThat(flows).contains(List.of("'@SUM(A1)", "Initech\u0007", "1", "'=HYPERLINK(\"x\")"));
        assertThat(WebApiTest.rows(moves)).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("'=HYPERLINK(\"x\")"));
        assertThat(WebApiTest.rows(moves)).allSatisfy(row -> assertThat(row).noneMatch(cell -> cell.matches("^[=+@\\-].*")));
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
        List<String> labels = Stream.iterate(0, i -> i + 1).limit(xml.getElementsByTagName("node").getLength())
                .map(i -> xml.getElementsByTagName("node").item(i).getTextContent()).toList();
        assertThat(labels).contains(HostileArticle.ORGANIZATION, "@SUM(A1)", "Initech");
    }

    /** The pages' code: data reaches the DOM as text only, and the page has nothing inline for the policy to allow. */
    @Test
    void pageCodeNeverParsesDataAsMarkupAndHasNothingInline() throws IOException {
        Path web = Path.of("src", "main", "resources", "web");
        Pattern sinks = Pattern.compile("\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function|"
                + "createContextualFragment|DOMParser|setHTMLUnsafe");
        try (Stream<Path> files = Files.walk(web)) {
            for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                assertThat(sinks.matcher(Files.readString(js)).find()).as(js + " uses an HTML sink").isFalse();
            }
        }
        String index = Files.readString(web.resolve("index.html"));
        assertThat(index).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("style=").doesNotContain("http://").doesNotContain("https://");
    }
}
