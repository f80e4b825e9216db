package org.talentflow.storage;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The feed-state contract on a DuckDB file. */
class DuckFeedStateTest extends FeedStateContract {

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
}
