package org.talentflow.storage.testing;

import org.junit.jupiter.api.Assumptions;
import org.talentflow.storage.MoveStore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A PostgreSQL schema of its own for one test, so tests run side by side on one database. The tests are on when
 * TALENTFLOW_PG_URL is set (.ci/run sets it) and skipped with the reason when it is not.
 */
public final class PostgresTestSchema {

    public static final String URL = System.getenv("TALENTFLOW_PG_URL");

    private final String name;

    /** @param prefix lower-case letters and "_": the schema is the prefix and sixteen random hex digits */
    public PostgresTestSchema(String prefix) {
        this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public String name() {
        return name;
    }

    /** A store in the fresh schema (created by the migrations); skips the test without a PostgreSQL URL. */
    public MoveStore open() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "set TALENTFLOW_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the PostgreSQL tests");
        return MoveStore.open(URL, name);
    }

    /** The same schema opened again (a new connection, migrations checked again). */
    public MoveStore reopen() {
        return MoveStore.open(URL, name);
    }

    /** Drops the schema and all in it; nothing to do without a PostgreSQL URL. */
    public void drop() throws SQLException {
        if (URL == null || URL.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
