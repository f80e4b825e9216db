package org.talentflow.analytics;

import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.MoveStore;

import java.nio.file.Path;

/** The analytics on a DuckDB file: the same answers from the plain moves table. */
class DuckAnalyticsTest extends AnalyticsContract {

    @TempDir
    Path folder;

    @Override
    MoveStore openFresh() {
        return MoveStore.open("jdbc:duckdb:" + folder.resolve("store.duckdb"));
    }

    @Override
    boolean keepsSummaries() {
        return false;
    }
}
