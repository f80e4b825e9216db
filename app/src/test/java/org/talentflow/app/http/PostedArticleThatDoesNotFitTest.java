package org.talentflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.core.nlp.Nlp;
import org.talentflow.core.resolve.Gazetteer;
import org.talentflow.storage.MoveStore;

/** A posted article the store refuses as data (an id longer than its column) is the client's error, not the server's. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostedArticleThatDoesNotFitTest {

    @Test
    void anIdLongerThanTheStoreKeepsIsA400AndNothingIsStored(@TempDir Path folder) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("id", "i".repeat(5_000),
                "text", "The ferry to the harbour was late again on Tuesday."));
        try (MoveStore store = MoveStore.open(folder.toString());
             ApiServer server = ApiServer.start(store, "127.0.0.1", 0, TestServers.TOKEN,
                     () -> new MoveExtractor(Nlp.shared(), Gazetteer.loadDefault()))) {
            String digest = store.contentDigest();

            HttpResponse<String> r = TestServers.postArticle(server, body);

            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("the article cannot be stored as given").doesNotContain("INSERT");
            assertThat(store.contentDigest()).isEqualTo(digest);
        }
    }
}
