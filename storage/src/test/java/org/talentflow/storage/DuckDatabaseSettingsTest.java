package org.talentflow.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDatabaseSettingsTest {

    @Test
    void aDuckDbStoreOpensWithItsMemoryLimitUnlessTheUrlNamesOne(@TempDir Path folder) {
        String url = "jdbc:duckdb:" + folder.resolve("store.duckdb");

        assertThat(MoveStore.jdbcUrl(url)).isEqualTo(url + ";memory_limit=" + DuckDatabase.MEMORY_LIMIT);
        assertThat(MoveStore.jdbcUrl(url + ";memory_limit=2GB")).isEqualTo(url + ";memory_limit=2GB");
        try (MoveStore store = MoveStore.open(url)) {
            // DuckDB reports the limit in MiB: 1 GB is 953.6 MiB.
            String limit = store.read(s -> s.sql().queryString("SELECT current_setting('memory_limit')"));
            boolean summaries = store.read(s -> s.sql().keepsSummaries());
            assertThat(limit).isEqualTo("953.6 MiB");
            assertThat(summaries).isFalse();
        }
    }

    @Test
    void aDuckDbUrlHoldsAStoreOnlyOnceItsFileExists(@TempDir Path folder) {
        String url = "jdbc:duckdb:" + folder.resolve("store.duckdb");

        assertThat(MoveStore.holdsStore(url)).isFalse();
        try (MoveStore ignored = MoveStore.open(url)) {
            assertThat(MoveStore.holdsStore(url)).isTrue();
        }
    }

    @Test
    void anInMemoryDuckDbIsNoStore() {
        // Every connection to it would be a database of its own, and reads would never see the writes.
        assertThatThrownBy(() -> MoveStore.open("jdbc:duckdb:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MoveStore.open("jdbc:duckdb::memory:")).isInstanceOf(IllegalArgumentException.class);
    }
}
