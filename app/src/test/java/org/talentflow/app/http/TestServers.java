package org.talentflow.app.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.talentflow.storage.MoveStore;

/** The API server the HTTP tests start: on loopback, any free port, the token "s3cret", and no extractor. */
final class TestServers {

    static final String TOKEN = "s3cret";

    private TestServers() {
    }

    /** A server over the store whose tests never ask it to extract (an article posted to it fails the test). */
    static ApiServer withoutExtraction(MoveStore store) {
        return ApiServer.start(store, "127.0.0.1", 0, TOKEN, () -> {
            throw new AssertionError("no extraction in these tests");
        });
    }

    /** POST /api/articles with the token and a JSON body, as a client of the API would. */
    static HttpResponse<String> postArticle(ApiServer server, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
