package org.talentflow.storage;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The export contract on the embedded H2 store: rows read through JDBC, written by an in-memory DuckDB. */
class EmbeddedStoreExportTest extends StoreExportContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open(folder.toString());
    }
}
