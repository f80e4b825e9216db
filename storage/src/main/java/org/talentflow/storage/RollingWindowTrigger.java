package org.talentflow.storage;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The embedded store's trigger after a move is stored, changed or deleted (migration V8_1): the new rows of
 * {@link MoveSummaryTrigger} first (its trigger moves_summaries_old took the old ones out before the change, V11),
 * then the kept windows ({@link RollingWindows}, V8, V9) that hold a changed move's old or new month, counted again
 * from the monthly summaries for its pair at both levels and for both its organizations: for a span of s months, the
 * s windows that start in the s - 1 months before it or in it (78 windows for the twelve spans; the others do not
 * change, and rewriting them had made a write four times as costly). The same rules as the PostgreSQL function
 * move_rolling_apply; the summary contract test holds both to a recount. Counting the windows in SQL from views, as
 * the monthly tables are, cost two to four times as much per write (docs/queries.md).
 */
public final class RollingWindowTrigger implements Trigger {

    private final MoveSummaryTrigger summaries = new MoveSummaryTrigger();
    private TriggeredMove.Columns columns;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        summaries.init(c, schema, trigger, table, before, type);
        columns = TriggeredMove.Columns.of(c, schema, table);
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        summaries.fire(c, oldRow, newRow);
        if (oldRow != null && newRow != null && columns.sameCounts(oldRow, newRow)) {
            return;
        }
        if (oldRow != null) {
            recount(c, columns.read(oldRow));
        }
        if (newRow != null) {
            recount(c, columns.read(newRow));
        }
    }

    private static void recount(Connection c, TriggeredMove m) throws SQLException {
        if (m.happened() == null) {
            return; // an undated move is in no window
        }
        LocalDate month = m.month();
        if (m.isFlow()) {
            if (!m.from().equals(m.to())) {
                flow(c, 0, m.from(), m.to(), month);
            }
            if (m.fromNode() != m.toNode()) {
                flow(c, 1, m.fromNode(), m.toNode(), month);
            }
        }
        if (m.to() != null && !m.to().equals(m.from())) {
            net(c, m.to(), month);
        }
        if (m.from() != null && !m.from().equals(m.to())) {
            net(c, m.from(), month);
        }
    }

    /**
     * The pair's windows that hold month: the 23 months around it read once, each window's sum kept if it reaches
     * the floor.
     */
    private static void flow(Connection c, int level, long from, long to, LocalDate month) throws SQLException {
        LocalDate first = month.minusMonths(11);
        int[] moves = new int[23];
        try (PreparedStatement ps = c.prepareStatement("SELECT month_start, moves FROM flow_months "
                + "WHERE level = ? AND from_id = ? AND to_id = ? AND month_start >= ? AND month_start <= ?")) {
            ps.setInt(1, level);
            ps.setLong(2, from);
            ps.setLong(3, to);
            ps.setObject(4, first);
            ps.setObject(5, month.plusMonths(11));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    moves[index(first, rs.getObject(1, LocalDate.class))] = rs.getInt(2);
                }
            }
        }
        String key = "level = ? AND from_id = ? AND to_id = ?";
        delete(c, "flow_rolling", key, month, level, from, to);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO flow_rolling (level, from_id, to_id, span, window_start, "
                + "moves) VALUES (?, ?, ?, ?, ?, ?)")) {
            int floor = level == 1 ? RollingWindows.UNIT_FLOOR : RollingWindows.FLOOR;
            for (int span : RollingWindows.SPANS) {
                for (int w = 12 - span; w < 12; w++) {
                    int sum = sum(moves, w, span);
                    if (sum >= floor) {
                        ps.setInt(1, level);
                        ps.setLong(2, from);
                        ps.setLong(3, to);
                        ps.setInt(4, span);
                        ps.setObject(5, first.plusMonths(w));
                        ps.setInt(6, sum);
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** The organization's windows that hold month, as for a pair; its net gain must reach the floor. */
    private static void net(Connection c, long org, LocalDate month) throws SQLException {
        LocalDate first = month.minusMonths(11);
        int[][] counts = new int[4][23];
        try (PreparedStatement ps = c.prepareStatement("SELECT month_start, arrivals, departures, weighted_arrivals, "
                + "weighted_departures FROM org_months WHERE org_id = ? AND month_start >= ? AND month_start <= ?")) {
            ps.setLong(1, org);
            ps.setObject(2, first);
            ps.setObject(3, month.plusMonths(11));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int i = index(first, rs.getObject(1, LocalDate.class));
                    for (int k = 0; k < 4; k++) {
                        counts[k][i] = rs.getInt(2 + k);
                    }
                }
            }
        }
        delete(c, "org_rolling", "org_id = ?", month, org);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_rolling (org_id, span, window_start, arrivals, "
                + "departures, weighted_arrivals, weighted_departures, net) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int span : RollingWindows.SPANS) {
                for (int w = 12 - span; w < 12; w++) {
                    int arrivals = sum(counts[0], w, span);
                    int departures = sum(counts[1], w, span);
                    if (arrivals - departures >= RollingWindows.FLOOR) {
                        ps.setLong(1, org);
                        ps.setInt(2, span);
                        ps.setObject(3, first.plusMonths(w));
                        ps.setInt(4, arrivals);
                        ps.setInt(5, departures);
                        ps.setInt(6, sum(counts[2], w, span));
                        ps.setInt(7, sum(counts[3], w, span));
                        ps.setInt(8, arrivals - departures);
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    /** The key's kept windows that hold month, of every span: those that start in it or in the span - 1 months before. */
    private static void delete(Connection c, String table, String key, LocalDate month, Object... keys) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + key
                + " AND window_start >= ? AND window_start <= ? AND window_start > DATEADD(MONTH, -span, CAST(? AS DATE))")) {
            int i = 1;
            for (Object k : keys) {
                ps.setObject(i++, k);
            }
            ps.setObject(i++, month.minusMonths(11));
            ps.setObject(i++, month);
            ps.setObject(i, month);
            ps.executeUpdate();
        }
    }

    private static int index(LocalDate first, LocalDate month) {
        return (int) ChronoUnit.MONTHS.between(first, month);
    }

    /** The span months from the w-th. */
    private static int sum(int[] months, int w, int span) {
        int sum = 0;
        for (int i = w; i < w + span; i++) {
            sum += months[i];
        }
        return sum;
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
