package org.talentflow.app.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The API as a client sees it: answers, refusals and limits. Extraction is never needed here. */
class ApiServerTest {

    @TempDir
    static Path folder;

    static MoveStore store;
    static ApiServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = MoveStore.open(folder.toString());
        String text = "Maria Gonzalez left Acme for Globex. <script>alert(1)</script>";
        Document d = new Document("a.txt", null, "<img src=x onerror=alert(1)>", LocalDate.of(2025, 3, 4), text);
        store.save(d, List.of(new Move("Maria Gonzalez", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"),
                "chief scientist", "2025-02", 0.9, new Evidence("a.txt", "Maria Gonzalez left Acme for Globex.", 0, 36))));
        server = TestServers.withoutExtraction(store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void flowsAndMovesAnswerAsJson() throws Exception {
        HttpResponse<String> flows = get("/api/flows?since=2025&level=unit");
        HttpResponse<String> moves = get("/api/moves?org=acme&limit=10");

        assertThat(flows.statusCode()).isEqualTo(200);
        assertThat(flows.body()).contains("\"from\":\"Acme\"").contains("Maria Gonzalez");
        assertThat(moves.statusCode()).isEqualTo(200);
        assertThat(moves.body()).contains("\"published\":\"2025-03-04\"");
    }

    @Test
    void aMoveCarriesItsNumbersOfSourcesAndDocuments() throws Exception {
        String body = get("/api/moves").body();

        assertThat(body).contains("\"documents\":1").contains("\"sources\":1").contains("\"copyOf\":null");
    }

    @Test
    void organizationAndPersonPagesAnswerOr404() throws Exception {
        assertThat(get("/api/orgs/Globex").body()).contains("\"sources\"");
        assertThat(get("/api/people/Gonzalez%20Maria").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = get("/api/people/Nobody%20Here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no person named");
    }

    @Test
    void pagesAreBoundedByLimitAndOffset() throws Exception {
        HttpResponse<String> none = get("/api/orgs/Acme?offset=1&limit=5");
        HttpResponse<String> first = get("/api/orgs/Acme?limit=1");

        assertThat(none.body()).contains("\"departures\":{\"total\":1,\"offset\":1,\"moves\":[]");
        assertThat(first.body()).contains("\"departures\":{\"total\":1,\"offset\":0,\"moves\":[{").contains("\"quarterly\"");
        assertThat(get("/api/flows?limit=1").body()).contains("Maria Gonzalez");
        assertThat(get("/api/net?limit=1").body()).contains("\"organization\":\"Globex\"").doesNotContain("\"Acme\"");
    }

    @Test
    void malformedParametersAreA400WithAMessageAndNoStackTrace() throws Exception {
        for (String path : List.of("/api/flows?since=yesterday", "/api/moves?limit=-3", "/api/moves?limit=abc",
                "/api/flows?level=galaxy", "/api/moves?limit=100000", "/api/flows?limit=0", "/api/orgs/Acme?offset=-1")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("\"error\"").doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void theLevelMayBeNamedAsTheDashboardNamesItInAnyCase() throws Exception {
        for (String level : List.of("Companies", "company", "units", "UNIT")) {
            HttpResponse<String> r = get("/api/flows?level=" + level);
            assertThat(r.statusCode()).as(level).isEqualTo(200);
            assertThat(r.body()).as(level).contains("\"from\":\"Acme\"");
        }
        assertThat(get("/api/flows?level=division").body())
                .contains("level must be parent (or company, companies) or unit (or units), not 'division'");
    }

    @Test
    void writesNeedTheToken() throws Exception {
        String article = "{\"text\":\"Ann Lee joined Initech.\"}";
        assertThat(post("/api/articles", article, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/articles", article, "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(post("/api/articles", "not json", "Bearer s3cret").statusCode()).isEqualTo(400);
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        String huge = "{\"text\":\"" + "a".repeat((int) ApiServer.MAX_REQUEST_BYTES + 10) + "\"}";
        assertThat(post("/api/articles", huge, "Bearer s3cret").statusCode()).isEqualTo(413);
    }

    @Test
    void articleTextComesBackAsJsonStringsNotMarkup() throws Exception {
        HttpResponse<String> r = get("/api/moves");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.body()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void withoutATokenTheServerIsReadOnly() throws Exception {
        try (ApiServer readOnly = ApiServer.start(store, "127.0.0.1", 0, null, () -> null)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port()
                    + "/api/articles")).POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("read-only");
        }
    }

    @Test
    void unknownPathsAreA404InJson() throws Exception {
        HttpResponse<String> r = get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("\"error\"");
    }
}
