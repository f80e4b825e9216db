package org.talentflow.storage;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded store's triggers on moves that keep the summary tables ({@link SummaryTable}) exact: before a move
 * changes or goes, the rows its views give (R__summary_rules.sql) are taken out of the tables; after it is stored or
 * changed, its new rows are put in; all inside the writing transaction. PostgreSQL's function move_summaries_apply
 * (V11) does the same from the same views; the summary contract test holds both to a recount from them.
 */
public final class MoveSummaryTrigger implements Trigger {

    /**
     * Bound into every statement, a new number each time: H2 2.4 returned a prepared query's previous result again
     * inside a transaction although the move the views read had changed since (a move stored undated, then dated by
     * the same transaction, was never counted), and it reuses a result only for the same bound values.
     */
    private static final AtomicLong EVALUATIONS = new AtomicLong();
    private static final List<String> ADD = additions();
    private static final List<String> SUBTRACT = subtractions();

    private boolean before;
    private TriggeredMove.Columns columns;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        this.before = before;
        columns = TriggeredMove.Columns.of(c, schema, table);
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && columns.sameCounts(oldRow, newRow)) {
            return;
        }
        if (before && oldRow != null) {
            subtract(c, columns.id(oldRow));
        } else if (!before && newRow != null) {
            add(c, columns.id(newRow));
        }
    }

    private static void add(Connection c, long move) throws SQLException {
        for (String statement : ADD) {
            execute(c, statement, move);
        }
    }

    private static void subtract(Connection c, long move) throws SQLException {
        for (String statement : SUBTRACT) {
            execute(c, statement, move);
        }
    }

    /** Per table: its rows for the move added in. */
    private static List<String> additions() {
        return SummaryTable.ALL.stream().map(table -> merge(table, "")).toList();
    }

    /**
     * Per table: its rows for the move taken out; then a row whose counts all fell to zero goes, so the tables hold only
     * what the moves hold.
     */
    private static List<String> subtractions() {
        List<String> statements = new ArrayList<>();
        for (SummaryTable table : SummaryTable.ALL) {
            statements.add(merge(table, "-"));
            String keys = String.join(", ", table.keys());
            statements.add("DELETE FROM " + table.name() + " WHERE (" + keys + ") IN (SELECT " + keys + " FROM " + table.view()
                    + " WHERE move_id = ? AND ? > 0) AND " + String.join(" = 0 AND ", table.counts()) + " = 0");
        }
        return statements;
    }

    private static String merge(SummaryTable table, String sign) {
        List<String> on = new ArrayList<>();
        table.keys().forEach(key -> on.add("t." + key + " = d." + key));
        List<String> sets = new ArrayList<>();
        table.counts().forEach(count -> sets.add(count + " = t." + count + " + d." + count));
        List<String> columns = new ArrayList<>(table.keys());
        columns.addAll(table.counts());
        return "MERGE INTO " + table.name() + " t USING (" + table.rowsOfMove(sign) + ") d ON " + String.join(" AND ", on)
                + " WHEN MATCHED THEN UPDATE SET " + String.join(", ", sets) + " WHEN NOT MATCHED THEN INSERT ("
                + String.join(", ", columns) + ") VALUES (d." + String.join(", d.", columns) + ")";
    }

    private static void execute(Connection c, String sql, long move) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, move);
            ps.setLong(2, EVALUATIONS.incrementAndGet());
            ps.executeUpdate();
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
