package org.talentflow.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Parameterized JDBC on one connection of the store, for the store's tables and the read models built on it. Every value is bound, never spliced into SQL text: articles
 * are untrusted, and a name like {@code Robert'); DROP TABLE moves;--} must stay a name.
 */
public final class Sql {

    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public interface Work<T> {
        T run();
    }

    /** What to do with one row of a result read a row at a time. */
    interface Each {
        void row(ResultSet rs) throws SQLException;
    }

    /** Rows a driver fetches at a time when a result is read row by row ({@link #each}). */
    private static final int FETCH_SIZE = 1000;

    private final Connection c;
    private final boolean h2;
    private final boolean duck;
    private final boolean summaries;

    Sql(Connection connection) {
        this.c = connection;
        try {
            String url = connection.getMetaData().getURL();
            this.h2 = url.startsWith("jdbc:h2:");
            this.duck = DuckDatabase.is(url);
            this.summaries = !duck;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store's connection", e);
        }
    }

    /**
     * Whether the store keeps the summaries of moves (V7-V9: totals, months, years, rolling windows, kept by triggers).
     * H2 and PostgreSQL do; a DuckDB store has the plain tables only, and read models count its moves themselves.
     */
    public boolean keepsSummaries() {
        return summaries;
    }

    /** Whether the store is a DuckDB file, which can write query results to files itself ({@code COPY ... TO}). */
    boolean isDuckDb() {
        return duck;
    }

    /**
     * " USE INDEX (index)" on H2, nothing on PostgreSQL: H2's planner prefers any index on the filtered column to
     * the one that also gives the ORDER BY, and then reads every row of a giant to keep fifty. PostgreSQL weighs both.
     */
    public String useIndex(String index) {
        return h2 ? " USE INDEX (" + index + ")" : "";
    }

    /** Runs work as one transaction: committed whole, or rolled back whole and reported. */
    public <T> T transaction(Work<T> work) {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot start a transaction", e);
        }
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw new StoreException("write failed and was rolled back", e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // a closed connection has nothing left to restore
            }
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    public <T> Optional<T> first(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    public Long queryLong(String sql, Object... args) {
        return first(sql, rs -> rs.getLong(1), args).orElse(null);
    }

    public String queryString(String sql, Object... args) {
        return first(sql, rs -> rs.getString(1), args).orElse(null);
    }

    public LocalDate queryDate(String sql, Object... args) {
        return first(sql, rs -> rs.getObject(1, LocalDate.class), args).orElse(null);
    }

    public boolean exists(String sql, Object... args) {
        return first(sql, rs -> Boolean.TRUE, args).isPresent();
    }

    public List<String> strings(String sql, Object... args) {
        return list(sql, rs -> rs.getString(1), args);
    }

    public int update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("update failed", e);
        }
    }

    /**
     * Every row of a query handed to the action as it is read, for results too large to hold (an export). The read is
     * a transaction of its own: only inside one does PostgreSQL's driver read a cursor a batch of rows at a time
     * instead of the whole result at once.
     */
    void each(String query, Each action) {
        try {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(query)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.row(rs);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    /** A statement with nothing to bind and no rows to read (DuckDB's COPY); its update count. */
    long execute(String statement) {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new StoreException("statement failed", e);
        }
    }

    /** One statement run for many rows, sent together. */
    void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("update failed", e);
        }
    }

    /** Inserts one row and returns its generated id. */
    public long insert(String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("insert failed", e);
        }
    }

    /** "?, ?, ?": placeholders for an IN list of n bound values. */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, args);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof String s) {
                // PostgreSQL refuses NUL in text where H2 takes it; U+FFFD keeps every evidence offset in place.
                ps.setString(i + 1, s.indexOf('\u0000') < 0 ? s : s.replace('\u0000', '\uFFFD'));
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }
}
