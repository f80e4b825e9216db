package org.talentflow.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** The feed-state contract on PostgreSQL, each test in a schema of its own; on when TALENTFLOW_PG_URL is set. */
class PostgresFeedStateTest extends FeedStateContract {

    private static final String URL = System.getenv("TALENTFLOW_PG_URL");
    private final String schema = "tf_feed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @Override
    MoveStore openFresh() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "set TALENTFLOW_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the PostgreSQL tests");
        return MoveStore.open(URL, schema);
    }

    @Override
    MoveStore reopen() {
        return MoveStore.open(URL, schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (URL == null || URL.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
