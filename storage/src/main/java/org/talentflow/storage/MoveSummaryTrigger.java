package org.talentflow.storage;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The embedded store's trigger on moves (migration V7_3): keeps the summary tables of V7_2 exact by taking a changed
 * move's old row out of the counts and putting its new row in, inside the writing transaction. The same rules as
 * the PostgreSQL trigger function move_summaries_apply; the summary contract test holds both to a recount.
 */
public final class MoveSummaryTrigger implements Trigger {

    private TriggeredMove.Columns columns;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        columns = TriggeredMove.Columns.of(c, schema, table);
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && columns.sameCounts(oldRow, newRow)) {
            return;
        }
        if (oldRow != null) {
            apply(c, columns.read(oldRow), -1);
        }
        if (newRow != null) {
            apply(c, columns.read(newRow), 1);
        }
    }

    private void apply(Connection c, TriggeredMove m, int delta) throws SQLException {
        String k = m.kind();
        Long from = m.from();
        Long to = m.to();
        long fromUnitId = m.fromUnit();
        long toUnitId = m.toUnit();
        LocalDate happened = m.happened();
        LocalDate month = m.month();
        int weight = m.weight();
        if (m.isFlow()) {
            if (!from.equals(to)) {
                flow(c, 0, from, to, happened, month, delta);
            }
            if (m.fromNode() != m.toNode()) {
                flow(c, 1, m.fromNode(), m.toNode(), happened, month, delta);
            }
        }
        if (from != null && to != null) {
            count(c, "pair_totals", List.of("from_org_id", "from_unit_id", "to_org_id", "to_unit_id", "kind"),
                    List.of(from, fromUnitId, to, toUnitId, k), List.of("moves"), List.of(delta));
            count(c, "org_pairs", List.of("from_org_id", "to_org_id"), List.of(from, to), List.of("moves"), List.of(delta));
        }
        LocalDate quarter = happened == null ? null : happened.withDayOfMonth(1).withMonth((happened.getMonthValue() - 1) / 3 * 3 + 1);
        if (from != null) {
            side(c, from, fromUnitId, "o", k, quarter, delta);
        }
        if (to != null) {
            side(c, to, toUnitId, "i", k, quarter, delta);
        }
        if (to != null && !to.equals(from)) {
            net(c, to, month, delta, 0, delta * weight, 0);
        }
        if (from != null && !from.equals(to)) {
            net(c, from, month, 0, delta, 0, delta * weight);
        }
    }

    private static void flow(Connection c, int level, long from, long to, LocalDate happened, LocalDate month, int delta)
            throws SQLException {
        count(c, "flow_totals", List.of("level", "from_id", "to_id"), List.of(level, from, to), List.of("moves"), List.of(delta));
        if (happened != null) {
            count(c, "flow_months", List.of("level", "from_id", "to_id", "month_start"), List.of(level, from, to, month),
                    List.of("moves"), List.of(delta));
            count(c, "flow_years", List.of("level", "from_id", "to_id", "year_start"),
                    List.of(level, from, to, happened.withDayOfYear(1)), List.of("moves"), List.of(delta));
        }
    }

    private static void side(Connection c, long org, long unit, String side, String kind, LocalDate quarter, int delta)
            throws SQLException {
        count(c, "side_totals", List.of("org_id", "unit_id", "side", "kind"), List.of(org, unit, side, kind), List.of("moves"),
                List.of(delta));
        if (quarter != null) {
            count(c, "side_quarters", List.of("org_id", "unit_id", "side", "quarter_start"), List.of(org, unit, side, quarter),
                    List.of("moves"), List.of(delta));
        }
    }

    private static void net(Connection c, long org, LocalDate month, int in, int out, int weightIn, int weightOut)
            throws SQLException {
        List<String> counts = List.of("arrivals", "departures", "weighted_arrivals", "weighted_departures");
        List<Integer> deltas = List.of(in, out, weightIn, weightOut);
        count(c, "org_months", List.of("org_id", "month_start"), List.of(org, month), counts, deltas);
        if (!month.equals(TriggeredMove.UNDATED)) {
            count(c, "org_years", List.of("org_id", "year_start"), List.of(org, month.withDayOfYear(1)),
                    List.of("arrivals", "departures", "weighted_arrivals", "weighted_departures", "net"),
                    List.of(in, out, weightIn, weightOut, in - out));
        }
        count(c, "org_totals", List.of("org_id"), List.of(org), List.of("arrivals", "departures", "weighted_arrivals",
                "weighted_departures", "net"), List.of(in, out, weightIn, weightOut, in - out));
    }

    /**
     * Adds the deltas to the row of the key, making it when missing; a row whose first count (or, for net flow,
     * both arrivals and departures) falls to zero is deleted, so the summaries hold only what the moves hold.
     */
    private static void count(Connection c, String table, List<String> key, List<Object> values, List<String> counts,
                              List<Integer> deltas) throws SQLException {
        String where = String.join(" = ? AND ", key) + " = ?";
        StringBuilder sets = new StringBuilder();
        for (String count : counts) {
            sets.append(sets.length() == 0 ? "" : ", ").append(count).append(" = ").append(count).append(" + ?");
        }
        int updated;
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + sets + " WHERE " + where)) {
            int i = 1;
            for (Integer d : deltas) {
                ps.setInt(i++, d);
            }
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            updated = ps.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", key) + ", "
                    + String.join(", ", counts) + ") VALUES (" + Sql.marks(key.size() + counts.size()) + ")")) {
                int i = 1;
                for (Object v : values) {
                    ps.setObject(i++, v);
                }
                for (Integer d : deltas) {
                    ps.setInt(i++, d);
                }
                ps.executeUpdate();
            }
        } else if (deltas.stream().anyMatch(d -> d < 0)) {
            String empty = counts.contains("departures") ? "arrivals = 0 AND departures = 0" : counts.get(0) + " = 0";
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + where + " AND " + empty)) {
                int i = 1;
                for (Object v : values) {
                    ps.setObject(i++, v);
                }
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
