package org.talentflow.storage;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The contract on a DuckDB file: plain tables, no summaries. */
class DuckMoveStoreTest extends MoveStoreContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open("jdbc:duckdb:" + folder.resolve("store.duckdb"));
    }

    @Override
    MoveStore reopen() {
        return openFresh();
    }

    @Override
    MoveStore openAnother() {
        return MoveStore.open("jdbc:duckdb:" + folder.resolve("another.duckdb"));
    }

    @Override
    boolean keepsSummaries() {
        return false;
    }
}
