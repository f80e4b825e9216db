package org.talentflow.analytics;

import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.nio.file.Path;

/** The lookups on a DuckDB file. */
class DuckLookupTest extends LookupContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open("jdbc:duckdb:" + folder.resolve("store.duckdb"));
    }
}
