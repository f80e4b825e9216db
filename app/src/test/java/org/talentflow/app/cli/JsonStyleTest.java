package org.talentflow.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.analytics.TalentAnalytics;
import org.talentflow.analytics.Watchlists;
import org.talentflow.app.http.ApiServer;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Evidence;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.storage.MoveStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One JSON style for programs: every CLI --json output and every API answer names its fields in camelCase and gives
 * kinds (and every other enum value) in lower case, as the tables print them. The move contract has its own names.
 */
class JsonStyleTest {

    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** Maps whose keys are data (a skip reason such as "HTTP 404"), not field names. */
    private static final Set<String> KEYED_BY_DATA = Set.of("skippedByReason");
    private static final String TOKEN = "s3cret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folder;
    static Path store;

    @BeforeAll
    static void fillAStore() {
        store = folder.resolve("store");
        try (MoveStore moves = MoveStore.open(store.toString())) {
            moves.syncOrganizations(List.of(
                    new Organization("Acme", OrgKind.COMPANY, null, null, "Springfield", List.of("Acme Corp")),
                    new Organization("Acme Labs", OrgKind.UNIT, "Acme", null, null, List.of()),
                    new Organization("Hooli", OrgKind.STARTUP, null, null, "Springfield", List.of())));
            String text = "Acme loses three. Maria Gonzalez left Acme's lab for Globex. Ben Ode left Acme to found Hooli. "
                    + "Dan Roe left Acme.";
            Document d = new Document("a.txt", "https://example.com/a", "Acme loses three", LocalDate.of(2025, 3, 4), text);
            moves.save(d, List.of(
                    said(d, "Maria Gonzalez", MoveKind.MOVE, new OrgRef("Acme", "Acme Labs"), OrgRef.of("Globex"),
                            "Maria Gonzalez left Acme's lab for Globex."),
                    said(d, "Ben Ode", MoveKind.FOUND, OrgRef.of("Acme"), OrgRef.of("Hooli"), "Ben Ode left Acme to found Hooli."),
                    said(d, "Dan Roe", MoveKind.LEAVE, OrgRef.of("Acme"), null, "Dan Roe left Acme.")));
            TalentAnalytics analytics = new TalentAnalytics(moves);
            analytics.watch("mine", Watchlists.Kind.ORG, "Acme");
        }
    }

    private static Move said(Document d, String person, MoveKind kind, OrgRef from, OrgRef to, String sentence) {
        int start = d.text().indexOf(sentence);
        return new Move(person, kind, from, to, null, "2025-02", 0.9, new Evidence(d.name(), sentence, start, start + sentence.length()));
    }

    @Test
    void everyJsonOutputOfTheCommandLineHasCamelCaseNamesAndLowerCaseKinds() throws IOException {
        String db = store.toString();
        Path gold = Files.createDirectories(folder.resolve("gold"));
        Files.writeString(gold.resolve("a.txt"), "date: 2025-05-01\n\nNora Kim left Baidu for Tencent in April.\n");
        Files.writeString(gold.resolve("docs.txt"), "a.txt\n");
        Files.writeString(gold.resolve("gold.jsonl"),
                "{\"doc\":\"a.txt\",\"person\":\"Nora Kim\",\"kind\":\"move\",\"from\":[\"Baidu\"],\"to\":[\"Tencent\"]}\n");
        Path article = Files.writeString(folder.resolve("b.txt"), "date: 2025-05-02\n\nLi Wei left Initech for Globex in May.\n");
        Path feed = Files.writeString(folder.resolve("news.rss"), WatchCommandTest.rss(WatchCommandTest.item("n-1",
                "Globex hires", "https://news.example.com/n-1", ("Anna Berg, formerly head of research at Initech, has "
                        + "joined Globex as chief scientist, the company said on Tuesday. ").repeat(8))));
        List<String[]> commands = List.of(
                new String[]{"moves", "--json", "--db", db},
                new String[]{"person", "Maria Gonzalez", "--json", "--db", db},
                new String[]{"org", "Acme", "--json", "--db", db},
                new String[]{"flows", "--json", "--db", db},
                new String[]{"net", "--json", "--db", db},
                new String[]{"watchlist", "--name", "mine", "--person", "Dan Roe", "--json", "--db", db},
                new String[]{"watchlist", "--name", "mine", "--json", "--db", db},
                new String[]{"eval", gold.toString(), "--json"},
                new String[]{"ingest", article.toString(), "--json", "--db", db},
                new String[]{"watch", feed.toString(), "--once", "--json", "--db", db});
        List<String> wrong = new ArrayList<>();
        for (String[] command : commands) {
            CommandRun run = CommandRun.of(command);

            assertThat(run.exitCode()).as("%s: %s", command[0], run.err()).isZero();
            wrong.addAll(offStyle(String.join(" ", command).replace(folder.toString(), "…"), JSON.readTree(run.out())));
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void everyApiAnswerHasCamelCaseNamesAndLowerCaseKinds() throws Exception {
        try (MoveStore moves = MoveStore.open(store.toString());
             ApiServer server = ApiServer.start(moves, "127.0.0.1", 0, TOKEN,
                     () -> new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault()))) {
            long move = moves.moves(MoveStore.MoveQuery.all()).get(0).id();
            long article = moves.moves(MoveStore.MoveQuery.all()).get(0).evidence().get(0).documentId();
            List<String> reads = List.of("/api/stats", "/api/moves", "/api/moves/" + move, "/api/articles/" + article,
                    "/api/flows", "/api/flows/moves?from=Acme&to=Globex", "/api/net", "/api/people/Maria%20Gonzalez",
                    "/api/orgs/Acme", "/api/search?q=ac", "/api/watchlists", "/api/watchlists/mine",
                    "/api/export/flows.json", "/api/export/moves.json", "/api/moves/999999", "/api/moves?limit=0");
            List<String> wrong = new ArrayList<>();
            for (String path : reads) {
                wrong.addAll(offStyle("GET " + path, JSON.readTree(get(server, path))));
            }
            Map<String, String> writes = Map.of(
                    "/api/articles", "{\"text\": \"Li Wei left Initech for Globex in May.\", \"date\": \"2025-05-02\"}",
                    "/api/watchlists/mine/items", "{\"kind\": \"person\", \"name\": \"Ben Ode\"}",
                    "/api/watchlists/mine/check", "{}");
            for (Map.Entry<String, String> write : writes.entrySet()) {
                wrong.addAll(offStyle("POST " + write.getKey(), JSON.readTree(post(server, write.getKey(), write.getValue()))));
            }

            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void netSaysTheNetPlainAndWeighted() throws IOException {
        CommandRun run = CommandRun.of("net", "--json", "--db", store.toString());

        JsonNode acme = first(JSON.readTree(run.out()), "Acme");
        assertThat(acme.path("departures").asInt()).isEqualTo(3);
        assertThat(acme.path("net").asInt()).isEqualTo(-3);
        assertThat(acme.path("weightedNet").asInt()).isEqualTo(-acme.path("weightedDepartures").asInt());
        List<String> names = new ArrayList<>();
        acme.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("organization", "arrivals", "departures", "net", "weightedArrivals",
                "weightedDepartures", "weightedNet");
    }

    @Test
    void orgJsonHasTheShapeOfTheApisOrganizationAnswer() throws Exception {
        CommandRun run = CommandRun.of("org", "Acme", "--json", "--db", store.toString());
        JsonNode cli = JSON.readTree(run.out());
        JsonNode api;
        try (MoveStore moves = MoveStore.open(store.toString());
             ApiServer server = ApiServer.start(moves, "127.0.0.1", 0, null, () -> null)) {
            api = JSON.readTree(get(server, "/api/orgs/Acme"));
        }

        List<String> cliNames = new ArrayList<>();
        cli.fieldNames().forEachRemaining(cliNames::add);
        List<String> apiNames = new ArrayList<>();
        api.fieldNames().forEachRemaining(apiNames::add);
        assertThat(cliNames).containsExactlyElementsOf(apiNames).contains("alumniStartups", "homeCity");
        assertThat(cli.path("organization").path("departures").path("moves")).extracting(m -> m.path("kind").asText())
                .containsExactlyInAnyOrder("move", "found", "leave");
    }

    private static JsonNode first(JsonNode list, String organization) {
        for (JsonNode n : list) {
            if (n.path("organization").asText().equals(organization)) {
                return n;
            }
        }
        throw new AssertionError("no " + organization + " in " + list);
    }

    /** Each field name that is not camelCase and each kind or status not in lower case, with where it is. */
    static List<String> offStyle(String where, JsonNode node) {
        List<String> wrong = new ArrayList<>();
        walk(where, node, wrong);
        return wrong;
    }

    private static void walk(String path, JsonNode node, List<String> wrong) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), wrong);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (!CAMEL_CASE.matcher(name).matches()) {
                    wrong.add(path + ": field " + name);
                }
                if ((name.equals("kind") || name.equals("status")) && value.isTextual()
                        && !value.asText().equals(value.asText().toLowerCase(java.util.Locale.ROOT))) {
                    wrong.add(path + "." + name + ": " + value.asText());
                }
                if (!KEYED_BY_DATA.contains(name)) {
                    walk(path + "." + name, value, wrong);
                }
            }
        }
    }

    private static String get(ApiServer server, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(ApiServer server, String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
