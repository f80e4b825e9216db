package org.talentflow.app.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.talentflow.storage.MoveStore;

/**
 * One embedded store in a folder of its own and a server over it without extraction, for a whole test class:
 * {@code @RegisterExtension static final ReadOnlyApi API = new ReadOnlyApi(store -> ...)}. What the class needs in the
 * store is saved before the server starts; both are closed and the folder removed after the last test.
 */
final class ReadOnlyApi implements BeforeAllCallback, AfterAllCallback {

    private final Consumer<MoveStore> contents;
    private Path folder;
    private MoveStore store;
    private ApiServer server;

    ReadOnlyApi() {
        this(store -> { });
    }

    ReadOnlyApi(Consumer<MoveStore> contents) {
        this.contents = contents;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("talentflow-api");
        store = MoveStore.open(folder.toString());
        contents.accept(store);
        server = TestServers.withoutExtraction(store);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    MoveStore store() {
        return store;
    }

    int port() {
        return server.port();
    }
}
