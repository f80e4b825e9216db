package org.talentflow.storage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentflow.storage.testing.PostgresTestSchema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A store made before the summaries were counted from the views of R__summary_rules.sql (schema V10, the triggers and
 * fills of V7 to V9), opened by this code: every summary stays as it was, and equals a recount.
 */
class StoreUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void anEmbeddedStoreKeepsItsSummariesThroughTheUpgrade() throws Exception {
        String url = MoveStore.jdbcUrl(folder.toString());
        migrateToV10(url, null, "h2");
        Map<String, List<String>> before;
        try (Connection c = DriverManager.getConnection(url)) {
            // The trigger of V8_1 now calls the rules of V11, which this schema has not got yet: the moves are written
            // without it and summarised by the fills of V7_2 and V9, as in a store whose moves were there before V7.
            execute(c, "DROP TRIGGER moves_summaries");
            writeMovesThenEditThem(c);
            execute(c, "CREATE TRIGGER moves_summaries AFTER INSERT, UPDATE, DELETE ON moves FOR EACH ROW "
                    + "CALL 'org.talentflow.storage.RollingWindowTrigger'");
            for (String script : List.of("V7_2__move_summaries.sql", "V9__rolling_spans.sql")) {
                for (String fill : inserts(script)) {
                    execute(c, fill);
                }
            }
            before = summaries(c);
        }

        assertUnchangedAndRecounted(before, MoveStore.open(url, null));
    }

    @Test
    void aPostgresStoreKeepsItsSummariesThroughTheUpgrade() throws Exception {
        assumeTrue(PostgresTestSchema.URL != null && !PostgresTestSchema.URL.isBlank(), "set TALENTFLOW_PG_URL to run this on PostgreSQL");
        PostgresTestSchema schema = new PostgresTestSchema("tf_upgrade");
        try {
            migrateToV10(PostgresTestSchema.URL, schema.name(), "postgresql");
            Map<String, List<String>> before;
            try (Connection c = DriverManager.getConnection(PostgresTestSchema.URL)) {
                execute(c, "SET search_path TO " + schema.name());
                // The PL/pgSQL triggers of V7_3 to V9_1 keep the summaries as the moves are written and edited.
                writeMovesThenEditThem(c);
                before = summaries(c);
            }

            assertUnchangedAndRecounted(before, MoveStore.open(PostgresTestSchema.URL, schema.name()));
        } finally {
            schema.drop();
        }
    }

    private static void migrateToV10(String url, String schema, String vendor) {
        var flyway = Flyway.configure().dataSource(url, null, null).target("10")
                .locations("classpath:db/migration", "classpath:db/" + vendor);
        if (schema != null) {
            flyway = flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.load().migrate();
    }

    private static void assertUnchangedAndRecounted(Map<String, List<String>> before, MoveStore upgraded) {
        try (upgraded) {
            assertThat(before.keySet()).isEqualTo(SummaryRecount.TABLES.keySet());
            for (String table : before.keySet()) {
                List<List<String>> both = upgraded.read(s -> SummaryRecount.compare(s.sql(), table));
                assertThat(before.get(table)).as(table).isNotEmpty();
                assertThat(both.get(0)).as(table).isEqualTo(before.get(table)).isEqualTo(both.get(1));
            }
        }
    }

    /**
     * Moves among two organizations with units and three without, of every kind, dated and undated, then changed and
     * deleted directly; a busy pair so that kept windows reach their floors.
     */
    private static void writeMovesThenEditThem(Connection c) throws SQLException {
        List<Long> orgs = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        for (String name : List.of("Acme", "Globex", "Initech", "Hooli", "Umbrella")) {
            orgs.add(insert(c, "INSERT INTO organizations (name, name_key, kind) VALUES (?, ?, 'company')", name, name.toLowerCase()));
        }
        for (String unit : List.of("Acme Labs", "Acme Vision", "Globex Cloud")) {
            units.add(insert(c, "INSERT INTO organizations (name, name_key, kind, parent_id) VALUES (?, ?, 'unit', ?)", unit,
                    unit.toLowerCase(), orgs.get(unit.startsWith("Acme") ? 0 : 1)));
        }
        long person = insert(c, "INSERT INTO people (person_key, name) VALUES ('ann lee', 'Ann Lee')");
        Random random = new Random(7);
        String[] kinds = {"move", "found", "join", "leave"};
        for (int i = 0; i < 120; i++) {
            String kind = kinds[random.nextInt(kinds.length)];
            int from = random.nextInt(orgs.size());
            int to = i < 30 ? (from + 1) % 2 : random.nextInt(orgs.size()); // the first 30 between Acme and Globex
            Long fromUnit = from < 2 && random.nextBoolean() ? units.get(from == 0 ? random.nextInt(2) : 2) : null;
            Long toUnit = to < 2 && random.nextBoolean() ? units.get(to == 0 ? random.nextInt(2) : 2) : null;
            LocalDate happened = random.nextInt(6) == 0 ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900));
            insert(c, "INSERT INTO moves (person_id, kind, from_org_id, from_unit_id, to_org_id, to_unit_id, happened_on, "
                            + "confidence, seniority) VALUES (?, ?, ?, ?, ?, ?, ?, 0.8, ?)", person, kind,
                    kind.equals("join") ? null : orgs.get(from), kind.equals("join") ? null : fromUnit,
                    kind.equals("leave") ? null : orgs.get(to), kind.equals("leave") ? null : toUnit, happened, 1 + random.nextInt(4));
        }
        execute(c, "UPDATE moves SET happened_on = DATE '2024-05-09' WHERE id % 3 = 0");
        execute(c, "UPDATE moves SET to_unit_id = NULL, seniority = 4 WHERE id % 5 = 0");
        execute(c, "UPDATE moves SET happened_on = NULL WHERE id % 7 = 0");
        execute(c, "DELETE FROM moves WHERE id % 4 = 1");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The INSERT statements of a migration script. */
    private static List<String> inserts(String script) throws IOException {
        try (InputStream in = StoreUpgradeTest.class.getResourceAsStream("/db/migration/" + script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> s.startsWith("INSERT")).toList();
        }
    }

    /** Every summary table's rows, as the recount reads them. */
    private static Map<String, List<String>> summaries(Connection c) {
        Sql sql = new Sql(c);
        Map<String, List<String>> rows = new TreeMap<>();
        SummaryRecount.TABLES.keySet().forEach(table -> rows.put(table, SummaryRecount.stored(sql, table)));
        return rows;
    }
}
