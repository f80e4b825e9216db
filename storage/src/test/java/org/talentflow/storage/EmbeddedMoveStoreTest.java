package org.talentflow.storage;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract on the embedded H2 store in a folder. */
class EmbeddedMoveStoreTest extends MoveStoreContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open(folder.toString());
    }

    @Override
    MoveStore reopen() {
        return MoveStore.open(folder.toString());
    }

    @Override
    MoveStore openAnother() {
        return MoveStore.open(folder.resolve("another").toString());
    }
}
