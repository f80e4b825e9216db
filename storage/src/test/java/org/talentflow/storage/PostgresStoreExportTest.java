package org.talentflow.storage;

import org.junit.jupiter.api.AfterEach;
import org.talentflow.storage.testing.PostgresTestSchema;

import java.sql.SQLException;

/** The export contract on PostgreSQL, each test in a schema of its own; on when TALENTFLOW_PG_URL is set. */
class PostgresStoreExportTest extends StoreExportContract {

    private final PostgresTestSchema schema = new PostgresTestSchema("tf_export");

    @Override
    MoveStore openFresh() {
        return schema.open();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.drop();
    }
}
