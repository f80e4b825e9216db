package org.talentflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.talentflow.core.domain.Limits;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.core.scoring.MoveScorer;
import org.talentflow.storage.MoveStore;

/**
 * What the API answers to a posted article beyond "stored": what a cap left out of it, or that its extraction ran over
 * its time and nothing was stored.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostedArticleAnswerTest {

    @Test
    void theAnswerCarriesWhatACapLeftOut(@TempDir Path folder) throws Exception {
        String text = "Ann Lee has joined Microsoft from Google as head of research.\n"
                + "The weather was mild that week.\n".repeat(6_000);
        String body = new ObjectMapper().writeValueAsString(java.util.Map.of("text", text, "id", "long-one"));
        try (MoveStore store = MoveStore.open(folder.toString());
             ApiServer server = ApiServer.start(store, "127.0.0.1", 0, TestServers.TOKEN,
                     () -> new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault()))) {
            HttpResponse<String> r = TestServers.postArticle(server, body);

            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode answer = new ObjectMapper().readTree(r.body());
            assertThat(answer.get("newMoves").asInt()).isEqualTo(1);
            assertThat(answer.get("notes")).hasSize(1);
            assertThat(answer.get("notes").get(0).asText()).startsWith("cut to 5,000 sentences");
        }
    }

    @Test
    void anArticleOverItsTimeIsRefusedAndNothingIsStored(@TempDir Path folder) throws Exception {
        String body = new ObjectMapper().writeValueAsString(java.util.Map.of("id", "slow-one",
                "text", "Ann Lee has joined Microsoft from Google as head of research."));
        // Parsing a sentence takes milliseconds: a millisecond per document stops it.
        Limits oneMillisecond = Limits.DEFAULT.withTimePerDocument(Duration.ofMillis(1));
        try (MoveStore store = MoveStore.open(folder.toString());
             ApiServer server = ApiServer.start(store, "127.0.0.1", 0, TestServers.TOKEN, () -> new MoveExtractor(
                     Nlp.shared(), Gazetteer.loadDefault(), false, MoveScorer.shipped(), oneMillisecond))) {
            String digest = store.contentDigest();
            HttpResponse<String> r = TestServers.postArticle(server, body);

            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(new ObjectMapper().readTree(r.body()).get("error").asText())
                    .matches("extraction took over 1 ms at stage [a-z]+; nothing was stored");
            assertThat(store.contentDigest()).isEqualTo(digest);
        }
    }
}
