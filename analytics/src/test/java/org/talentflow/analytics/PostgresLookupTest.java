package org.talentflow.analytics;

import org.junit.jupiter.api.AfterEach;
import org.talentflow.storage.MoveStore;
import org.talentflow.storage.testing.PostgresTestSchema;

import java.sql.SQLException;

/** The lookups on PostgreSQL, each test in a schema of its own; on when TALENTFLOW_PG_URL is set. */
class PostgresLookupTest extends LookupContract {

    private final PostgresTestSchema schema = new PostgresTestSchema("tf_test");

    @Override
    MoveStore openFresh() {
        return schema.open();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.drop();
    }
}
