package org.talentflow.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.storage.MoveStore;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the web pages read from the API, and the downloads, as a client sees them. No extraction here. */
class WebApiTest {

    @TempDir
    static Path folder;

    static MoveStore store;
    static ApiServer server;
    static long moveId;
    static long documentId;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = MoveStore.open(folder.toString());
        store.syncOrganizations(List.of(
                new Organization("Acme", OrgKind.COMPANY, null, null, "Springfield", List.of("Acme Corp")),
                new Organization("Acme Labs", OrgKind.UNIT, "Acme", null, null, List.of()),
                new Organization("Hooli", OrgKind.STARTUP, null, null, "Springfield", List.of())));
        String text = "Acme loses two. Maria Gonzalez left Acme's lab for Globex. Ben Ode left Acme to found Hooli.";
        Document d = new Document("a.txt", "https://example.com/a", "Acme loses two", LocalDate.of(2025, 3, 4), text);
        store.save(d, List.of(
                said(d, "Maria Gonzalez", MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"), "chief scientist",
                        "Maria Gonzalez left Acme's lab for Globex."),
                said(d, "Ben Ode", MoveKind.FOUND, OrgRef.of("Acme"), OrgRef.of("Hooli"), null, "Ben Ode left Acme to found Hooli.")));
        Document copy = new Document("b.txt", null, "Globex hires", LocalDate.of(2025, 3, 9),
                "Globex hired Maria Gonzalez from Acme.");
        store.save(copy, List.of(said(copy, "Maria Gonzalez", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), null,
                copy.text())));
        var maria = store.moves(new MoveStore.MoveQuery("Maria Gonzalez", null, null, null, 1)).get(0);
        moveId = maria.id();
        documentId = maria.evidence().get(0).documentId();
        server = TestServers.withoutExtraction(store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Move said(Document d, String person, MoveKind kind, OrgRef from, OrgRef to, String role, String sentence) {
        int start = d.text().indexOf(sentence);
        return new Move(person, kind, from, to, role, "2025-02", 0.9, new Evidence(d.name(), sentence, start, start + sentence.length()));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A CSV answer as rows of cells, read by Jackson's CSV reader (so quoting does not matter). */
    static List<List<String>> rows(String csv) throws Exception {
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { }).readValues(csv)) {
            return it.readAll();
        }
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aMoveComesWithEachEvidenceAndTheArticleItCameFrom() throws Exception {
        JsonNode move = json("/api/moves/" + moveId);

        assertThat(move.path("person").asText()).isEqualTo("Maria Gonzalez");
        assertThat(move.path("evidence")).hasSize(2);
        JsonNode first = move.path("evidence").get(0);
        assertThat(first.path("documentId").asLong()).isEqualTo(documentId);
        assertThat(first.path("url").asText()).isEqualTo("https://example.com/a");
        assertThat(get("/api/moves/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticleComesWithItsTextAndTheOffsetsOfItsMoves() throws Exception {
        JsonNode article = json("/api/articles/" + documentId);

        String text = article.path("text").asText();
        JsonNode mention = article.path("moves").get(0);
        assertThat(article.path("title").asText()).isEqualTo("Acme loses two");
        assertThat(text.substring(mention.path("start").asInt(), mention.path("end").asInt()))
                .isEqualTo("Maria Gonzalez left Acme's lab for Globex.");
        assertThat(get("/api/articles/424242").body()).contains("no article with id 424242");
    }

    @Test
    void searchFindsPeopleAndOrganizationsByPartOfANameOrAlias() throws Exception {
        JsonNode found = json("/api/search?q=" + q("gonz"));
        JsonNode byAlias = json("/api/search?q=" + q("acme corp"));

        assertThat(found.path("people").get(0).path("name").asText()).isEqualTo("Maria Gonzalez");
        assertThat(found.path("people").get(0).path("moves").asInt()).isEqualTo(1);
        assertThat(byAlias.path("organizations").get(0).path("name").asText()).isEqualTo("Acme");
        assertThat(byAlias.path("organizations").get(0).path("alias").asText()).isEqualTo("Acme Corp");
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void theMovesBehindAFlowAreOneRequestAway() throws Exception {
        JsonNode flows = json("/api/flows?limit=1");
        JsonNode flow = flows.path("flows").get(0);
        JsonNode behind = json("/api/flows/moves?from=" + q(flow.path("from").asText()) + "&to=" + q(flow.path("to").asText()));

        assertThat(flows.path("more").asBoolean()).as("a second, smaller flow exists").isTrue();
        assertThat(flows.path("flows")).hasSize(1);
        assertThat(behind.path("moves")).hasSize(flow.path("moves").asInt());
        assertThat(behind.path("moves").get(0).path("person").asText()).isIn(
                JSON.convertValue(flow.path("people"), List.class).toArray());
    }

    @Test
    void anOrganizationTellsItsAlumniStartupsHomeCityShare() throws Exception {
        JsonNode acme = json("/api/orgs/" + q("acme corp").replace("+", "%20"));

        assertThat(acme.path("homeCity").path("city").asText()).isEqualTo("Springfield");
        assertThat(acme.path("homeCity").path("inCity").asInt()).isEqualTo(1);
        assertThat(acme.path("alumniStartups").get(0).path("startup").asText()).isEqualTo("Hooli");
    }

    @Test
    void countsForTheHeadline() throws Exception {
        JsonNode stats = json("/api/stats");

        assertThat(stats.path("documents").asInt()).isEqualTo(2);
        assertThat(stats.path("moves").asInt()).isEqualTo(2);
        assertThat(stats.path("evidence").asInt()).isEqualTo(3);
    }

    @Test
    void flowsDownloadAsCsvJsonAndGraphMlForTheSameFilters() throws Exception {
        HttpResponse<String> csv = get("/api/export/flows.csv?since=2025&level=unit");
        HttpResponse<String> none = get("/api/export/flows.csv?since=2030");
        HttpResponse<String> graphml = get("/api/export/flows.graphml");
        JsonNode json = json("/api/export/flows.json");

        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"talentflow-flows.csv\"");
        assertThat(rows(csv.body())).containsExactly(List.of("from", "to", "moves", "people"),
                List.of("Acme", "Hooli", "1", "Ben Ode"), List.of("Acme Labs", "Globex", "1", "Maria Gonzalez"));
        assertThat(rows(none.body())).containsExactly(List.of("from", "to", "moves", "people"));
        assertThat(json.path("flows")).hasSize(2);
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        NodeList edges = xml.getElementsByTagName("edge");
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(edges.getLength()).isEqualTo(2);
        assertThat(((Element) edges.item(0)).getElementsByTagName("data").item(0).getTextContent()).isEqualTo("1");
    }

    @Test
    void movesDownloadAsCsvJsonAndTheMoveContract() throws Exception {
        HttpResponse<String> csv = get("/api/export/moves.csv?person=" + q("Maria Gonzalez"));
        HttpResponse<String> jsonl = get("/api/export/moves.jsonl?org=Acme");
        JsonNode json = json("/api/export/moves.json?org=Hooli");

        List<List<String>> table = rows(csv.body());
        assertThat(table).hasSize(2);
        assertThat(table.get(1).subList(1, 7)).containsExactly("Maria Gonzalez", "move", "Acme", "Acme Labs", "Globex", "");
        assertThat(table.get(1).get(10)).isEqualTo("2");
        List<JsonNode> lines = jsonl.body().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        // Maria's move was reported by two articles: one contract line for each, as an extraction of each would give.
        assertThat(lines).extracting(l -> l.path("doc").asText()).containsExactlyInAnyOrder("a.txt", "b.txt", "a.txt");
        assertThat(lines.get(0).fieldNames()).toIterable().startsWith("doc", "person", "kind", "from", "to", "role", "date",
                "confidence", "evidence");
        assertThat(json.path("moves")).singleElement().satisfies(m -> assertThat(m.path("person").asText()).isEqualTo("Ben Ode"));
    }

    @Test
    void watchlistsAreReadOpenlyAndKeptWithTheToken() throws Exception {
        HttpResponse<String> added = post("/api/watchlists/mine/items", "{\"kind\":\"org\",\"name\":\"Acme Corp\"}", "s3cret");
        JsonNode look = json("/api/watchlists/mine");
        HttpResponse<String> check = post("/api/watchlists/mine/check", "", "s3cret");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(look.path("unseen")).hasSize(2);
        assertThat(JSON.readTree(check.body()).path("moves")).hasSize(2);
        assertThat(json("/api/watchlists/mine").path("unseen")).isEmpty();
        assertThat(json("/api/watchlists").path("watchlists").get(0).path("name").asText()).isEqualTo("mine");
        assertThat(get("/api/watchlists/theirs").statusCode()).isEqualTo(404);
        assertThat(post("/api/watchlists/mine/items", "{\"kind\":\"planet\",\"name\":\"Mars\"}", "s3cret").body())
                .contains("kind must be person or org");
    }

    @Test
    void theDashboardAndEChartsAreServedByTheAppItself() throws Exception {
        HttpResponse<String> index = get("/");
        HttpResponse<String> echarts = get(WebUi.ECHARTS_PATH);
        HttpResponse<String> module = get("/js/app.js");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<script src=\"" + WebUi.ECHARTS_PATH + "\"></script>");
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(echarts.body()).contains("echarts");
        assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
    }
}
