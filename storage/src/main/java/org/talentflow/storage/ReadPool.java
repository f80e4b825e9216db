package org.talentflow.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Connections for read-only queries, pooled so that many readers (the API's clients) run at once while writes keep
 * their own serialized connection. Each call borrows a connection, builds the read models on it and gives it back.
 * On H2 the pool's connections open the same embedded database as the writer, in the same process.
 */
final class ReadPool implements AutoCloseable {

    /** Two cores serve fifty clients best with a few connections busy and the rest of the requests queued. */
    static final int DEFAULT_SIZE = 8;

    private final HikariDataSource pool;

    private ReadPool(HikariDataSource pool) {
        this.pool = pool;
    }

    /** A pool on the store's URL, working in the schema (when given); opened after the schema is migrated. */
    static ReadPool open(String jdbcUrl, String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setSchema(schema);
        // DuckDB's driver cannot make a connection read-only; the pool's callers only read either way.
        config.setReadOnly(!DuckDatabase.is(jdbcUrl));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("talentflow-read");
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // The driver prepares a statement on the server after a few runs, and PostgreSQL may then keep one
            // generic plan for it: for the pages' "this pair, this window, newest first" reads that plan walks the
            // wrong index (hundreds of rows where ten are needed). A plan made for the values at hand costs ~1 ms.
            config.setConnectionInitSql("SET plan_cache_mode TO force_custom_plan");
        }
        try {
            return new ReadPool(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new StoreException("cannot open read connections to the store at " + Database.redact(jdbcUrl), e);
        }
    }

    <T> T apply(Function<StoreSession, T> query) {
        try (Connection c = pool.getConnection()) {
            return query.apply(StoreSession.on(new Sql(c)));
        } catch (SQLException e) {
            throw new StoreException("no read connection to the store", e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
