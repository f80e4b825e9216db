package org.talentflow.storage;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The store's tables for analysts ({@link ExportTables}) written as files, one per table, Parquet or CSV. DuckDB writes
 * every file, whatever the store: a DuckDB store copies each table's SELECT to its file itself; the rows of H2 and
 * PostgreSQL are read through the store's connection a batch at a time and appended to a table of an in-memory DuckDB,
 * which copies it to the file. Either way the columns and their types are the ones {@link ExportTables} gives.
 */
public final class StoreExport {

    public enum Format {
        /** Compressed with ZSTD, which pandas (pyarrow), Polars, Spark and DuckDB read. */
        PARQUET("parquet", "FORMAT PARQUET, COMPRESSION ZSTD"),
        /** Comma-separated, a header line, quotes where a value needs them (sentences hold commas and quotes). */
        CSV("csv", "FORMAT CSV, HEADER");

        private final String extension;
        private final String options;

        Format(String extension, String options) {
            this.extension = extension;
            this.options = options;
        }

        public String extension() {
            return extension;
        }
    }

    /** One table written: its file and how many rows it holds. */
    public record Written(String table, Path file, long rows) {
    }

    /**
     * The in-memory writer holds one table at a time. DuckDB takes 80% of the machine's memory unless told otherwise,
     * beside a JVM that may hold the language models; past this limit it spills to a folder beside the files.
     */
    static final String WRITER_MEMORY_LIMIT = "512MB";

    /** Where the writer spills, inside the output folder; DuckDB makes it when it needs it and removes it on close. */
    private static final String SPILL_FOLDER = ".talentflow-export-spill";

    private final MoveStore store;

    public StoreExport(MoveStore store) {
        this.store = store;
    }

    /**
     * Writes every table into the folder (made when missing) as TABLE.parquet or TABLE.csv, replacing a file of that
     * name only once the new one is whole; tells each table to {@code written} as it is done.
     */
    public List<Written> write(Path folder, Format format, Consumer<Written> written) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("cannot create the export folder " + folder, e);
        }
        return store.read(session -> {
            Sql sql = session.sql();
            return sql.isDuckDb() ? copied(sql, folder, format, written) : appended(sql, folder, format, written);
        });
    }

    /** A DuckDB store writes each SELECT to its file. */
    private static List<Written> copied(Sql sql, Path folder, Format format, Consumer<Written> written) {
        List<Written> files = new ArrayList<>();
        for (ExportTables.Table table : ExportTables.ALL) {
            Path partial = partial(folder, table, format);
            try {
                long rows = sql.execute(copy("(" + table.typedSelect() + ")", partial, format));
                files.add(publish(table, partial, rows, folder, format, written));
            } catch (RuntimeException e) {
                deletePartial(partial, e);
                throw e;
            }
        }
        return files;
    }

    /** H2 and PostgreSQL: each table's rows appended to an in-memory DuckDB, copied to the file, then dropped. */
    private static List<Written> appended(Sql sql, Path folder, Format format, Consumer<Written> written) {
        Properties settings = new Properties();
        settings.setProperty("memory_limit", WRITER_MEMORY_LIMIT);
        settings.setProperty("temp_directory", folder.resolve(SPILL_FOLDER).toString());
        List<Written> files = new ArrayList<>();
        try (Connection writer = DriverManager.getConnection(DuckDatabase.PREFIX, settings)) {
            for (ExportTables.Table table : ExportTables.ALL) {
                Path partial = partial(folder, table, format);
                try (Statement s = writer.createStatement()) {
                    s.execute(table.create());
                    long rows = append(sql, table, writer);
                    s.execute(copy(table.name(), partial, format));
                    s.execute("DROP TABLE " + table.name());
                    files.add(publish(table, partial, rows, folder, format, written));
                } catch (SQLException | RuntimeException e) {
                    deletePartial(partial, e);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write the export to " + folder, e);
        }
        return files;
    }

    /** The table's rows from the store into the writer's table of the same name; how many there were. */
    private static long append(Sql sql, ExportTables.Table table, Connection writer) throws SQLException {
        long[] rows = {0};
        try (DuckDBAppender appender = writer.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name())) {
            List<ExportTables.Column> columns = table.columns();
            sql.each(table.select(), rs -> {
                appender.beginRow();
                for (int i = 0; i < columns.size(); i++) {
                    append(appender, rs, i + 1, columns.get(i).type());
                }
                appender.endRow();
                rows[0]++;
            });
        }
        return rows[0];
    }

    private static void append(DuckDBAppender to, ResultSet rs, int column, ExportTables.Type type) throws SQLException {
        Object value = switch (type) {
            case BIGINT -> rs.getObject(column, Long.class);
            case INTEGER -> rs.getObject(column, Integer.class);
            case DOUBLE -> rs.getObject(column, Double.class);
            // getString, not getObject: H2 holds a TEXT column (a sentence) as a CLOB.
            case VARCHAR -> rs.getString(column);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
        };
        if (value == null) {
            to.appendNull();
        } else if (value instanceof Long v) {
            to.append(v.longValue());
        } else if (value instanceof Integer v) {
            to.append(v.intValue());
        } else if (value instanceof Double v) {
            to.append(v.doubleValue());
        } else if (value instanceof String v) {
            to.append(v);
        } else if (value instanceof LocalDate v) {
            to.append(v);
        } else {
            to.append((LocalDateTime) value);
        }
    }

    /**
     * COPY of a table or a parenthesized query to a file. The path is spliced in, quotes doubled: DuckDB binds no
     * parameters in COPY, and the path is the user's own --out, not text read from an article.
     */
    private static String copy(String source, Path file, Format format) {
        return "COPY " + source + " TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (" + format.options + ")";
    }

    /** Written under a hidden name first, so that a reader never opens half a file and a failed run leaves the last whole one. */
    private static Path partial(Path folder, ExportTables.Table table, Format format) {
        return folder.resolve("." + table.name() + "." + format.extension() + ".partial");
    }

    private static Written publish(ExportTables.Table table, Path partial, long rows, Path folder, Format format,
                                   Consumer<Written> written) {
        Path file = folder.resolve(table.name() + "." + format.extension());
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move the export of " + table.name() + " to " + file, e);
        }
        Written done = new Written(table.name(), file, rows);
        written.accept(done);
        return done;
    }

    private static void deletePartial(Path partial, Exception failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
