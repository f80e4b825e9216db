package org.talentflow.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A row of moves as the embedded store's triggers see it: the columns the summaries count, read by position. */
record TriggeredMove(String kind, Long from, Long to, long fromUnit, long toUnit, LocalDate happened, int weight) {

    /** The month key of undated moves in the summaries. */
    static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    boolean isFlow() {
        return (kind.equals("move") || kind.equals("found")) && from != null && to != null;
    }

    long fromNode() {
        return fromUnit != 0 ? fromUnit : from;
    }

    long toNode() {
        return toUnit != 0 ? toUnit : to;
    }

    /** The first day of its month, or {@link #UNDATED}. */
    LocalDate month() {
        return happened == null ? UNDATED : happened.withDayOfMonth(1);
    }

    /** Where the counted columns sit in the trigger's row arrays, looked up once when the trigger starts. */
    record Columns(int id, int kind, int fromOrg, int fromUnit, int toOrg, int toUnit, int happenedOn, int seniority) {

        static Columns of(Connection c, String schema, String table) throws SQLException {
            Map<String, Integer> columns = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name, ordinal_position FROM information_schema.columns "
                    + "WHERE table_schema = ? AND table_name = ?")) {
                ps.setString(1, schema);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2) - 1);
                    }
                }
            }
            return new Columns(columns.get("id"), columns.get("kind"), columns.get("from_org_id"), columns.get("from_unit_id"),
                    columns.get("to_org_id"), columns.get("to_unit_id"), columns.get("happened_on"), columns.get("seniority"));
        }

        long id(Object[] row) {
            return ((Number) row[id]).longValue();
        }

        TriggeredMove read(Object[] row) {
            return new TriggeredMove((String) row[kind], id(row[fromOrg]), id(row[toOrg]),
                    Objects.requireNonNullElse(id(row[fromUnit]), 0L), Objects.requireNonNullElse(id(row[toUnit]), 0L),
                    date(row[happenedOn]), ((Number) row[seniority]).intValue());
        }

        /** Whether an update left every counted column as it was (a new confidence or role text changes no count). */
        boolean sameCounts(Object[] a, Object[] b) {
            for (int i : new int[]{kind, fromOrg, fromUnit, toOrg, toUnit, happenedOn, seniority}) {
                if (!Objects.equals(a[i], b[i])) {
                    return false;
                }
            }
            return true;
        }

        private static Long id(Object value) {
            return value == null ? null : ((Number) value).longValue();
        }

        private static LocalDate date(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof LocalDate d) {
                return d;
            }
            return ((java.sql.Date) value).toLocalDate();
        }
    }
}
