package org.talentflow.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each summary table next to the same counts recomputed: the rows the table holds, and the rows its rule gives over all
 * the moves (the view {@code <table>_by_move} of R__summary_rules.sql grouped whole; the kept windows of V8 and V9 by
 * a GROUP BY over moves). Rows are compared as sorted text, so the two stores' collations agree.
 */
final class SummaryRecount {

    /**
     * The windows of each span that hold a dated move (V8, V9): span and first month, its own month and the span - 1
     * before. SPANS joins the spans and k to the moves; its WHERE clause keeps k under the span.
     */
    private static final String WINDOW = "s.span, CAST(DATE_TRUNC('month', happened_on) - k.k * INTERVAL '1' MONTH AS DATE)";
    private static final String SPANS = " CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS s (span) "
            + "CROSS JOIN (VALUES (0), (1), (2), "
            + "(3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k) WHERE k.k < s.span AND ";
    private static final String FROM_NODE = "COALESCE(from_unit_id, from_org_id)";
    private static final String TO_NODE = "COALESCE(to_unit_id, to_org_id)";

    private static final String FLOW = "kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL";

    private static final Map<String, List<String>> WINDOWS = Map.ofEntries(Map.entry(
            "flow_rolling", List.of(
                    "SELECT level, from_id, to_id, span, window_start, moves FROM flow_rolling",
                    "SELECT 0, from_org_id, to_org_id, " + WINDOW + ", COUNT(*) FROM moves" + SPANS + FLOW
                            + " AND from_org_id <> to_org_id AND happened_on IS NOT NULL GROUP BY from_org_id, to_org_id, " + WINDOW
                            + " HAVING COUNT(*) >= 3 UNION ALL SELECT 1, " + FROM_NODE + ", " + TO_NODE + ", " + WINDOW
                            + ", COUNT(*) FROM moves" + SPANS + FLOW + " AND " + FROM_NODE + " <> " + TO_NODE
                            + " AND happened_on IS NOT NULL GROUP BY " + FROM_NODE + ", " + TO_NODE + ", " + WINDOW
                            + " HAVING COUNT(*) >= 2")), Map.entry(
            "org_rolling", List.of(
                    "SELECT org_id, span, window_start, arrivals, departures, weighted_arrivals, weighted_departures, net FROM org_rolling",
                    "SELECT org_id, span, ws, SUM(a), SUM(d), SUM(a * w), SUM(d * w), SUM(a) - SUM(d) FROM (SELECT to_org_id AS org_id, "
                            + WINDOW + " AS ws, 1 AS a, 0 AS d, seniority AS w FROM moves" + SPANS + "to_org_id IS NOT NULL "
                            + "AND happened_on IS NOT NULL AND from_org_id IS DISTINCT FROM to_org_id UNION ALL SELECT from_org_id, "
                            + WINDOW + ", 0, 1, seniority FROM moves" + SPANS + "from_org_id IS NOT NULL AND happened_on IS NOT NULL "
                            + "AND to_org_id IS DISTINCT FROM from_org_id) x GROUP BY org_id, span, ws HAVING SUM(a) - SUM(d) >= 3")));

    /** Every table the store keeps, its query and its recount's. */
    static final Map<String, List<String>> TABLES = tables();

    private SummaryRecount() {
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new java.util.HashMap<>(WINDOWS);
        for (SummaryTable table : SummaryTable.ALL) {
            String keys = String.join(", ", table.keys());
            List<String> sums = table.counts().stream().map(count -> "SUM(" + count + ")").toList();
            tables.put(table.name(), List.of("SELECT " + keys + ", " + String.join(", ", table.counts()) + " FROM " + table.name(),
                    "SELECT " + keys + ", " + String.join(", ", sums) + " FROM " + table.view() + " GROUP BY " + keys));
        }
        return Map.copyOf(tables);
    }

    /** The table's rows (first) and the recount's (second), each sorted. */
    static List<List<String>> compare(Sql sql, String table) {
        List<String> queries = TABLES.get(table);
        return List.of(rows(sql, queries.get(0)), rows(sql, queries.get(1)));
    }

    /** The rows the table holds, sorted. */
    static List<String> stored(Sql sql, String table) {
        return rows(sql, TABLES.get(table).get(0));
    }

    private static List<String> rows(Sql sql, String query) {
        List<String> rows = new ArrayList<>(sql.list(query, rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i).strip()).append('|');
            }
            return row.toString();
        }));
        rows.sort(null);
        return rows;
    }
}
