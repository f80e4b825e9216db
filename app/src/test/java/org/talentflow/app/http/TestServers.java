package org.talentflow.app.http;

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
}
