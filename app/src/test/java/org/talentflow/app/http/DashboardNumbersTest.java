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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The numbers the dashboard shows, as the API answers them: the headline counts and an organization's trend. */
class DashboardNumbersTest {

    @TempDir
    static Path folder;

    static MoveStore store;
    static ApiServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = MoveStore.open(folder.toString());
        // A gazetteer knows far more organizations than any store's moves name.
        store.syncOrganizations(List.of(
                new Organization("Acme", OrgKind.COMPANY, null, null, null, List.of()),
                new Organization("Acme Labs", OrgKind.UNIT, "Acme", null, null, List.of()),
                new Organization("Globex", OrgKind.COMPANY, null, null, null, List.of()),
                new Organization("Initech", OrgKind.COMPANY, null, null, null, List.of()),
                new Organization("Umbrella", OrgKind.COMPANY, null, null, null, List.of()),
                new Organization("Hooli", OrgKind.COMPANY, null, null, null, List.of())));
        Document d = new Document("a.txt", null, "Acme", LocalDate.of(2025, 3, 1), "Acme loses four.");
        store.save(d, List.of(
                left(d, "Ann Lee", new OrgRef("Acme", "Acme Labs"), "2024-02"),
                left(d, "Ben Ode", OrgRef.of("Acme"), "2024-11-20"),
                left(d, "Cy Dorn", OrgRef.of("Acme"), "2024"),
                left(d, "Di Fey", OrgRef.of("Acme"), "2023")));
    }

    private static Move left(Document d, String person, OrgRef from, String date) {
        return new Move(person, MoveKind.MOVE, from, OrgRef.of("Globex"), null, date, 0.9, new Evidence(d.name(), d.text(), 0, 16));
    }

    @AfterAll
    static void stop() {
        server().close();
        store.close();
    }

    static ApiServer server() {
        if (server == null) {
            server = TestServers.withoutExtraction(store);
        }
        return server;
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server().port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theOrganizationsCountedAreThoseTheMovesNameNotTheGazetteer() throws Exception {
        JsonNode stats = json("/api/stats");

        assertThat(stats.path("moves").asInt()).isEqualTo(4);
        assertThat(stats.path("organizations").asInt()).as("Acme (with its lab) and Globex").isEqualTo(2);
    }

    @Test
    void theQuarterlyTrendShowsQuietQuartersAsZerosAndYearOnlyMovesApart() throws Exception {
        JsonNode acme = json("/api/orgs/Acme");

        List<String> quarters = new ArrayList<>();
        acme.path("quarterly").forEach(q -> quarters.add(q.path("year").asInt() + "-Q" + q.path("quarter").asInt()
                + "=" + q.path("departures").asInt()));
        List<String> years = new ArrayList<>();
        acme.path("yearOnly").forEach(y -> years.add(y.path("year").asInt() + "=" + y.path("departures").asInt()));
        assertThat(quarters).containsExactly("2024-Q1=1", "2024-Q2=0", "2024-Q3=0", "2024-Q4=1");
        assertThat(years).containsExactly("2023=1", "2024=1");
    }
}
