package org.talentflow.bench.store;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HexFormat;

/**
 * Rows into one table as fast as the database takes them: COPY on PostgreSQL, a CSV file on DuckDB, batched prepared
 * inserts elsewhere.
 * The caller commits.
 */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    @Override
    void close() throws SQLException;

    static RowSink open(Connection c, String table, String... columns) throws SQLException {
        if (c.isWrapperFor(PGConnection.class)) {
            return new Copy(c, table, columns);
        }
        // DuckDB takes a CSV file at once where row-by-row inserts crawl; documents carry their signatures as bytes,
        // which its CSV reader has no form for, and go row by row.
        if (c.getMetaData().getURL().startsWith("jdbc:duckdb:") && !table.equals("documents")) {
            return new CsvFile(c, table, columns);
        }
        return new Batch(c, table, columns);
    }

    /** A CSV file of the rows, read by DuckDB's COPY ... FROM when the sink closes. */
    final class CsvFile implements RowSink {
        private final Connection c;
        private final String copy;
        private final java.nio.file.Path file;
        private final java.io.Writer out;

        CsvFile(Connection c, String table, String... columns) throws SQLException {
            this.c = c;
            try {
                this.file = java.nio.file.Files.createTempFile("talentflow-" + table, ".csv");
                this.out = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new SQLException("cannot write a CSV file for " + table, e);
            }
            this.copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM '" + file + "' (FORMAT csv, HEADER false)";
        }

        @Override
        public void row(Object... values) throws SQLException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object v = values[i];
                if (v instanceof String s) {
                    line.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof LocalDate || v instanceof Number) {
                    line.append(v);
                } else if (v != null) {
                    throw new IllegalArgumentException("no CSV form for " + v.getClass());
                }
            }
            try {
                out.append(line).append('\n');
            } catch (java.io.IOException e) {
                throw new SQLException("cannot write " + file, e);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                out.close();
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute(copy);
                }
                c.commit();
            } catch (java.io.IOException e) {
                throw new SQLException("cannot write " + file, e);
            } finally {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }

    /** Batched INSERTs, committed every 20,000 rows to keep the undo log small. */
    final class Batch implements RowSink {
        private static final int SIZE = 2_000;
        private final Connection c;
        private final PreparedStatement ps;
        private int pending;
        private int sinceCommit;

        Batch(Connection c, String table, String... columns) throws SQLException {
            this.c = c;
            this.ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
        }

        @Override
        public void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, values[i]);
                }
            }
            ps.addBatch();
            if (++pending == SIZE) {
                flush();
            }
        }

        private void flush() throws SQLException {
            ps.executeBatch();
            sinceCommit += pending;
            pending = 0;
            if (sinceCommit >= 20_000) {
                c.commit();
                sinceCommit = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                flush();
            }
            ps.close();
            c.commit();
        }
    }

    /** COPY ... FROM STDIN in CSV: one round trip per buffer instead of per row. */
    final class Copy implements RowSink {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(Connection c, String table, String... columns) throws SQLException {
            this.copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)");
        }

        @Override
        public void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = values[i];
                if (v instanceof String s) {
                    buffer.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (v instanceof LocalDate || v instanceof LocalDateTime || v instanceof Number) {
                    buffer.append(v);
                } else if (v instanceof byte[] b) {
                    buffer.append("\\x").append(HexFormat.of().formatHex(b));
                } else if (v != null) {
                    throw new IllegalArgumentException("no CSV form for " + v.getClass());
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
