package org.talentflow.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentflow.storage.testing.StoreFixtures.FIRST;
import static org.talentflow.storage.testing.StoreFixtures.GAZETTEER;
import static org.talentflow.storage.testing.StoreFixtures.doc;
import static org.talentflow.storage.testing.StoreFixtures.hire;
import static org.talentflow.storage.testing.StoreFixtures.move;

/**
 * What {@code export} writes on every store (embedded H2, PostgreSQL, DuckDB): one file per table with the store's
 * rows, names resolved, the same columns and types whatever the store; read back here with DuckDB as an analyst would.
 */
abstract class StoreExportContract {

    /** Maria's move again, a month later, in other words: a second source of the same move. */
    static final Document SECOND = doc("b.txt", LocalDate.of(2025, 4, 10),
            "A follow-up. Maria Gonzalez left Acme's lab for Globex, the paper said.");
    /** A join with no origin and no date; its sentence holds quotes and commas, which a CSV must keep. */
    static final String JOINED = "Wei \"Wendy\" Li, a researcher, joined Globex.";
    static final Document THIRD = doc("c.txt", LocalDate.of(2025, 5, 1), "Hiring. " + JOINED);

    MoveStore store;

    @TempDir
    Path out;

    abstract MoveStore openFresh();

    @BeforeEach
    void fill() {
        store = openFresh();
        store.syncOrganizations(GAZETTEER);
        store.save(FIRST, List.of(hire(FIRST, "Maria Gonzalez")));
        store.save(SECOND, List.of(hire(SECOND, "Maria Gonzalez")));
        store.save(THIRD, List.of(move(THIRD, "Wei Li", MoveKind.JOIN, null, OrgRef.of("Globex"), null, JOINED)), "v1");
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private List<StoreExport.Written> export(StoreExport.Format format) {
        return new StoreExport(store).write(out, format, written -> { });
    }

    @Test
    void everyTableHoldsTheStoresRows() {
        List<StoreExport.Written> written = export(StoreExport.Format.PARQUET);

        assertThat(written).extracting(StoreExport.Written::table)
                .containsExactly("people", "organizations", "documents", "moves", "evidence");
        for (StoreExport.Written w : written) {
            long inStore = store.read(s -> s.sql().queryLong("SELECT COUNT(*) FROM " + w.table()));
            assertThat(inStore).as(w.table()).isPositive();
            assertThat(w.file()).isEqualTo(out.resolve(w.table() + ".parquet"));
            assertThat(w.rows()).as(w.table()).isEqualTo(inStore);
            assertThat(count(w.file())).as(w.table()).isEqualTo(inStore);
        }
    }

    @Test
    void aMoveComesOutWithItsNamesDatesAndSources() {
        export(StoreExport.Format.PARQUET);

        assertThat(row("SELECT person, kind, from_organization, from_unit, to_organization, to_unit, role, date, happened_on, "
                + "first_reported_on, documents, sources, confidence FROM '" + out.resolve("moves.parquet")
                + "' WHERE person = 'Maria Gonzalez'"))
                .containsExactly("Maria Gonzalez", "move", "Acme", "Acme Labs", "Globex", null, "chief scientist", "2025-02",
                        "2025-02-01", "2025-03-04", "2", "1", "0.8");
    }

    @Test
    void aMoveWithoutADateHappenedWhenItWasFirstReported() {
        export(StoreExport.Format.PARQUET);

        assertThat(row("SELECT kind, from_org_id, from_organization, to_organization, date, happened_on FROM '"
                + out.resolve("moves.parquet") + "' WHERE person = 'Wei Li'"))
                .containsExactly("join", null, null, "Globex", null, "2025-05-01");
    }

    @Test
    void evidencePointsIntoItsArticleWhoseTextStaysOut() {
        export(StoreExport.Format.PARQUET);

        List<String> first = row("SELECT e.url, e.published, e.sentence, e.start_offset, e.end_offset, d.title FROM '"
                + out.resolve("evidence.parquet") + "' e JOIN '" + out.resolve("moves.parquet") + "' m ON m.id = e.move_id "
                + "JOIN '" + out.resolve("documents.parquet") + "' d ON d.id = e.document_id "
                + "WHERE m.person = 'Maria Gonzalez' ORDER BY e.published LIMIT 1");
        assertThat(first.subList(0, 2)).containsExactly("https://example.com/a.txt", "2025-03-04");
        assertThat(FIRST.text().substring(Integer.parseInt(first.get(3)), Integer.parseInt(first.get(4)))).isEqualTo(first.get(2));
        assertThat(first.get(5)).isEqualTo("Title a.txt");
        assertThat(columns(out.resolve("documents.parquet"))).doesNotContain("text VARCHAR");
        assertThat(row("SELECT extractor_version FROM '" + out.resolve("documents.parquet") + "' WHERE name = 'c.txt'"))
                .containsExactly("v1");
    }

    @Test
    void theFilesHaveTheSameColumnsAndTypesOnEveryStore() {
        export(StoreExport.Format.PARQUET);

        for (ExportTables.Table table : ExportTables.ALL) {
            assertThat(columns(out.resolve(table.name() + ".parquet"))).as(table.name())
                    .isEqualTo(table.columns().stream().map(c -> c.name() + " " + c.type()).toList());
        }
        assertThat(row("SELECT name, kind, parent FROM '" + out.resolve("organizations.parquet") + "' WHERE name = 'Acme Labs'"))
                .containsExactly("Acme Labs", "unit", "Acme");
    }

    @Test
    void csvFilesHaveAHeaderAndKeepQuotesAndCommas() throws IOException {
        List<StoreExport.Written> written = export(StoreExport.Format.CSV);

        for (StoreExport.Written w : written) {
            assertThat(w.file()).isEqualTo(out.resolve(w.table() + ".csv"));
            assertThat(Files.readAllLines(w.file()).get(0)).as(w.table()).isEqualTo(String.join(",",
                    ExportTables.ALL.stream().filter(t -> t.name().equals(w.table())).findFirst().orElseThrow()
                            .columns().stream().map(ExportTables.Column::name).toList()));
            assertThat(count(w.file())).as(w.table()).isEqualTo(w.rows());
        }
        assertThat(row("SELECT sentence FROM read_csv('" + out.resolve("evidence.csv") + "', header = true) "
                + "WHERE sentence LIKE 'Wei%'")).containsExactly(JOINED);
    }

    @Test
    void exportingAgainReplacesTheFilesAndLeavesNothingElse() throws IOException {
        export(StoreExport.Format.PARQUET);
        export(StoreExport.Format.PARQUET);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "people.parquet", "organizations.parquet", "documents.parquet", "moves.parquet", "evidence.parquet");
        }
        assertThat(count(out.resolve("evidence.parquet"))).as("Maria's two sentences and Wei's").isEqualTo(3);
    }

    /** Rows in an exported file, Parquet or CSV, as DuckDB reads it. */
    private static long count(Path file) {
        return Long.parseLong(row("SELECT COUNT(*) FROM '" + file + "'").get(0));
    }

    /** "name TYPE" for each column of a file, as DuckDB reads them. */
    private static List<String> columns(Path file) {
        return rows("SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM '" + file + "')")
                .stream().map(r -> r.get(0)).toList();
    }

    /** The only row a query over the files gives, each value as text. */
    private static List<String> row(String query) {
        List<List<String>> rows = rows(query);
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0);
    }

    private static List<List<String>> rows(String query) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
