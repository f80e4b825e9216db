package org.talentflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
import org.talentflow.core.domain.OrgRef;
import org.talentflow.storage.MoveStore;

/** A person named in Chinese is found by the characters or the pinyin, and the answers carry the pinyin to show. */
class ChineseNameApiTest {

    @TempDir
    static Path folder;

    static MoveStore store;
    static ApiServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = MoveStore.open(folder.toString());
        String text = "张迪离开Acme，加入Globex。Ann Lee joined Globex.";
        Document d = new Document("zh.txt", null, "Globex hires", null, text);
        store.save(d, List.of(said(d, "張迪", MoveKind.MOVE, OrgRef.of("Acme"), OrgRef.of("Globex"), "张迪离开Acme，加入Globex。"),
                said(d, "Ann Lee", MoveKind.JOIN, null, OrgRef.of("Globex"), "Ann Lee joined Globex.")));
        server = TestServers.withoutExtraction(store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void thePersonIsOneWhetherAskedInCharactersOrPinyin() throws Exception {
        for (String name : List.of("Zhang Di", "Di Zhang", "张迪", "張迪")) {
            JsonNode person = json("/api/people/" + path(name));
            assertThat(person.path("name").asText()).as(name).isEqualTo("張迪");
            assertThat(person.path("pinyin").asText()).isEqualTo("Zhang Di");
        }
        assertThat(json("/api/search?q=" + path("zhang")).path("people").get(0).path("name").asText()).isEqualTo("張迪");
    }

    @Test
    void aMoveOfAChinesePersonCarriesThePinyinAndOthersDoNot() throws Exception {
        JsonNode moves = json("/api/moves").path("moves");

        assertThat(moves).hasSize(2);
        for (JsonNode m : moves) {
            if (m.path("person").asText().equals("Ann Lee")) {
                assertThat(m.has("personPinyin")).isFalse();
            } else {
                assertThat(m.path("personPinyin").asText()).isEqualTo("Zhang Di");
            }
        }
    }

    static Move said(Document d, String person, MoveKind kind, OrgRef from, OrgRef to, String sentence) {
        int start = d.text().indexOf(sentence);
        return new Move(person, kind, from, to, null, "2025-02", 0.9, new Evidence(d.name(), sentence, start, start + sentence.length()));
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static String path(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
