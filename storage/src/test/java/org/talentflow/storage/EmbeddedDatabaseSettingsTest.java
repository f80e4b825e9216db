package org.talentflow.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseSettingsTest {

    @Test
    void thePageCacheIsAnEighthOfTheHeapAndNeverUnderH2sOwnSixteenMegabytes() {
        assertThat(Database.pageCacheKilobytes(3L << 30)).isEqualTo(384 * 1024);
        assertThat(Database.pageCacheKilobytes(64L << 20)).isEqualTo(16 * 1024);
    }

    @Test
    void aFoldersDatabaseOpensWithTheCacheItsUrlAsksFor(@TempDir Path folder) throws Exception {
        String url = MoveStore.jdbcUrl(folder.toString());
        assertThat(url).startsWith("jdbc:h2:file:").contains("WRITE_DELAY=0");
        try (var c = DriverManager.getConnection(url); var rs = c.createStatement().executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertThat(rs.next()).isTrue();
            // In megabytes.
            assertThat(rs.getLong(1)).isEqualTo(Database.pageCacheKilobytes(Runtime.getRuntime().maxMemory()) / 1024);
        }
    }

    @Test
    void aJdbcUrlIsTakenAsGivenAndAFolderNameCannotCarrySettings() {
        assertThat(MoveStore.jdbcUrl("jdbc:postgresql://db/x")).isEqualTo("jdbc:postgresql://db/x");
        assertThatThrownBy(() -> MoveStore.jdbcUrl("data;CACHE_SIZE=1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFolderHoldsAStoreOnceOpenedAndAskingCreatesNothing(@TempDir Path parent) {
        Path folder = parent.resolve("typo");

        assertThat(MoveStore.holdsStore(folder.toString())).isFalse();
        assertThat(folder).doesNotExist();
        try (MoveStore ignored = MoveStore.open(folder.toString())) {
            assertThat(MoveStore.holdsStore(folder.toString())).isTrue();
        }
        assertThat(MoveStore.holdsStore(parent.toString())).isFalse();
        assertThat(MoveStore.holdsStore("jdbc:postgresql://db/x")).isTrue();
    }
}
