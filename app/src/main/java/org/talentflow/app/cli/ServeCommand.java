package org.talentflow.app.cli;

import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** The web dashboard and the HTTP JSON API over the store, on localhost unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web dashboard (http://127.0.0.1:7070/) and the JSON API (/api/flows, /api/net, "
                + "/api/moves, /api/people/NAME, /api/orgs/NAME, /api/search, downloads under /api/export). "
                + "Read-only unless a token is set; with one, POST /api/articles ingests an article.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Accept POST /api/articles and watchlist changes "
            + "with this bearer token. Visible to other users in ps: prefer --token-file or $TALENTFLOW_TOKEN "
            + "(none of the three = read-only).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Read the bearer token from this file "
            + "(what it holds, without surrounding whitespace and line ends).")
    Path tokenFile;

    @Mixin
    ExtractionOptions extraction;

    @Override
    public Integer call() throws InterruptedException {
        String secret = WriteToken.resolve(token, tokenFile, System.getenv(), System.err);
        try (MoveStore moves = store.open()) {
            var gazetteer = extraction.gazetteer();
            moves.syncOrganizations(gazetteer.organizations());
            Supplier<MoveExtractor> extractor = Serving.memoized(() -> Pipeline.extractor(gazetteer, extraction.limits()));
            Serving.untilStopped(moves, host, port, secret, extractor, System.out);
        }
        return 0;
    }
}
