package org.talentflow.storage;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The export contract on a DuckDB file, which copies each table to its file itself. */
class DuckStoreExportTest extends StoreExportContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open("jdbc:duckdb:" + folder.resolve("store.duckdb"));
    }
}
