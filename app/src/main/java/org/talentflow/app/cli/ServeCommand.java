package org.talentflow.app.cli;

import org.talentflow.app.http.ApiServer;
import org.talentflow.core.extract.MoveExtractor;
import org.talentflow.storage.MoveStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** The HTTP JSON API over the store, on localhost unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (GET /api/moves, /api/flows, /api/net, /api/people/NAME, /api/orgs/NAME). "
                + "Read-only unless a token is set; with one, POST /api/articles ingests an article.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Accept POST /api/articles with this bearer token "
            + "(default: $TALENTFLOW_TOKEN; none = read-only).")
    String token;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra organization gazetteer (TSV), repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        String secret = token != null ? token : System.getenv("TALENTFLOW_TOKEN");
        try (MoveStore moves = store.open()) {
            var gazetteer = Pipeline.gazetteer(gazetteers);
            moves.syncOrganizations(gazetteer.organizations());
            Supplier<MoveExtractor> extractor = memoized(() -> Pipeline.extractor(gazetteer));
            try (ApiServer server = ApiServer.start(moves, host, port, secret, extractor)) {
                System.out.println("TalentFlow API on http://" + host + ":" + server.port() + "/api/flows"
                        + (secret == null || secret.isBlank() ? " (read-only)" : " (POST /api/articles with the token)"));
                CountDownLatch stop = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
        }
        return 0;
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
