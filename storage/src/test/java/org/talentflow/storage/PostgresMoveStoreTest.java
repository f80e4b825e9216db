package org.talentflow.storage;

import org.junit.jupiter.api.AfterEach;
import org.talentflow.storage.testing.PostgresTestSchema;

import java.sql.SQLException;

/** The contract on PostgreSQL, each test in a schema of its own; on when TALENTFLOW_PG_URL is set. */
class PostgresMoveStoreTest extends MoveStoreContract {

    private final PostgresTestSchema schema = new PostgresTestSchema("tf_test");
    private final PostgresTestSchema another = new PostgresTestSchema("tf_test");

    @Override
    MoveStore openFresh() {
        return schema.open();
    }

    @Override
    MoveStore reopen() {
        return schema.reopen();
    }

    @Override
    MoveStore openAnother() {
        return another.open();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        schema.drop();
        another.drop();
    }
}
