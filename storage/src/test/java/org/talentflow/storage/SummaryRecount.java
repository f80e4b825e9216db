package org.talentflow.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each summary table of migrations V7_2 and V8 next to the same counts recomputed from the moves: the rows the table holds,
 * and the rows a GROUP BY over moves gives. Rows are compared as sorted text, so the two stores' collations agree.
 */
final class SummaryRecount {

    private static final String MONTH = "COALESCE(CAST(DATE_TRUNC('month', happened_on) AS DATE), DATE '0001-01-01')";
    private static final String YEAR = "CAST(DATE_TRUNC('year', happened_on) AS DATE)";
    private static final String QUARTER = "CAST(DATE_TRUNC('quarter', happened_on) AS DATE)";
    private static final String FLOW = "kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL";

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

    static final Map<String, List<String>> TABLES = Map.ofEntries(Map.entry(
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
                            + "AND to_org_id IS DISTINCT FROM from_org_id) x GROUP BY org_id, span, ws HAVING SUM(a) - SUM(d) >= 3")), Map.entry(
            "flow_totals", List.of(
                    "SELECT level, from_id, to_id, moves FROM flow_totals",
                    "SELECT 0, from_org_id, to_org_id, COUNT(*) FROM moves WHERE " + FLOW + " AND from_org_id <> to_org_id "
                            + "GROUP BY from_org_id, to_org_id UNION ALL SELECT 1, COALESCE(from_unit_id, from_org_id), "
                            + "COALESCE(to_unit_id, to_org_id), COUNT(*) FROM moves WHERE " + FLOW
                            + " AND COALESCE(from_unit_id, from_org_id) <> COALESCE(to_unit_id, to_org_id) "
                            + "GROUP BY COALESCE(from_unit_id, from_org_id), COALESCE(to_unit_id, to_org_id)")), Map.entry(
            "flow_months", List.of(
                    "SELECT level, from_id, to_id, month_start, moves FROM flow_months",
                    "SELECT 0, from_org_id, to_org_id, " + MONTH + ", COUNT(*) FROM moves WHERE " + FLOW
                            + " AND from_org_id <> to_org_id AND happened_on IS NOT NULL GROUP BY from_org_id, to_org_id, " + MONTH
                            + " UNION ALL SELECT 1, COALESCE(from_unit_id, from_org_id), COALESCE(to_unit_id, to_org_id), " + MONTH
                            + ", COUNT(*) FROM moves WHERE " + FLOW + " AND COALESCE(from_unit_id, from_org_id) <> "
                            + "COALESCE(to_unit_id, to_org_id) AND happened_on IS NOT NULL GROUP BY COALESCE(from_unit_id, from_org_id), "
                            + "COALESCE(to_unit_id, to_org_id), " + MONTH)), Map.entry(
            "pair_totals", List.of(
                    "SELECT from_org_id, from_unit_id, to_org_id, to_unit_id, kind, moves FROM pair_totals",
                    "SELECT from_org_id, COALESCE(from_unit_id, 0), to_org_id, COALESCE(to_unit_id, 0), kind, COUNT(*) FROM moves "
                            + "WHERE from_org_id IS NOT NULL AND to_org_id IS NOT NULL "
                            + "GROUP BY from_org_id, COALESCE(from_unit_id, 0), to_org_id, COALESCE(to_unit_id, 0), kind")), Map.entry(
            "flow_years", List.of(
                    "SELECT level, from_id, to_id, year_start, moves FROM flow_years",
                    "SELECT 0, from_org_id, to_org_id, " + YEAR + ", COUNT(*) FROM moves WHERE " + FLOW
                            + " AND from_org_id <> to_org_id AND happened_on IS NOT NULL GROUP BY from_org_id, to_org_id, " + YEAR
                            + " UNION ALL SELECT 1, COALESCE(from_unit_id, from_org_id), COALESCE(to_unit_id, to_org_id), " + YEAR
                            + ", COUNT(*) FROM moves WHERE " + FLOW + " AND COALESCE(from_unit_id, from_org_id) <> "
                            + "COALESCE(to_unit_id, to_org_id) AND happened_on IS NOT NULL GROUP BY COALESCE(from_unit_id, from_org_id), "
                            + "COALESCE(to_unit_id, to_org_id), " + YEAR)), Map.entry(
            "org_pairs", List.of(
                    "SELECT from_org_id, to_org_id, moves FROM org_pairs",
                    "SELECT from_org_id, to_org_id, COUNT(*) FROM moves WHERE from_org_id IS NOT NULL AND to_org_id IS NOT NULL "
                            + "GROUP BY from_org_id, to_org_id")), Map.entry(
            "side_totals", List.of(
                    "SELECT org_id, unit_id, side, kind, moves FROM side_totals",
                    "SELECT from_org_id, COALESCE(from_unit_id, 0), 'o', kind, COUNT(*) FROM moves WHERE from_org_id IS NOT NULL "
                            + "GROUP BY from_org_id, COALESCE(from_unit_id, 0), kind UNION ALL SELECT to_org_id, COALESCE(to_unit_id, 0), "
                            + "'i', kind, COUNT(*) FROM moves WHERE to_org_id IS NOT NULL GROUP BY to_org_id, COALESCE(to_unit_id, 0), kind")), Map.entry(
            "side_quarters", List.of(
                    "SELECT org_id, unit_id, side, quarter_start, moves FROM side_quarters",
                    "SELECT from_org_id, COALESCE(from_unit_id, 0), 'o', " + QUARTER + ", COUNT(*) FROM moves "
                            + "WHERE from_org_id IS NOT NULL AND happened_on IS NOT NULL GROUP BY from_org_id, COALESCE(from_unit_id, 0), "
                            + QUARTER + " UNION ALL SELECT to_org_id, COALESCE(to_unit_id, 0), 'i', " + QUARTER + ", COUNT(*) FROM moves "
                            + "WHERE to_org_id IS NOT NULL AND happened_on IS NOT NULL GROUP BY to_org_id, COALESCE(to_unit_id, 0), " + QUARTER)), Map.entry(
            "org_months", List.of(
                    "SELECT org_id, month_start, arrivals, departures, weighted_arrivals, weighted_departures FROM org_months",
                    "SELECT org_id, m, SUM(a), SUM(d), SUM(a * w), SUM(d * w) FROM (SELECT to_org_id AS org_id, " + MONTH
                            + " AS m, 1 AS a, 0 AS d, seniority AS w FROM moves WHERE to_org_id IS NOT NULL AND from_org_id IS DISTINCT "
                            + "FROM to_org_id UNION ALL SELECT from_org_id, " + MONTH + ", 0, 1, seniority FROM moves "
                            + "WHERE from_org_id IS NOT NULL AND to_org_id IS DISTINCT FROM from_org_id) x GROUP BY org_id, m")), Map.entry(
            "org_years", List.of(
                    "SELECT org_id, year_start, arrivals, departures, weighted_arrivals, weighted_departures, net FROM org_years",
                    "SELECT org_id, y, SUM(a), SUM(d), SUM(a * w), SUM(d * w), SUM(a) - SUM(d) FROM (SELECT to_org_id AS org_id, " + YEAR
                            + " AS y, 1 AS a, 0 AS d, seniority AS w FROM moves WHERE to_org_id IS NOT NULL AND happened_on IS NOT NULL "
                            + "AND from_org_id IS DISTINCT FROM to_org_id UNION ALL SELECT from_org_id, " + YEAR + ", 0, 1, seniority "
                            + "FROM moves WHERE from_org_id IS NOT NULL AND happened_on IS NOT NULL AND to_org_id IS DISTINCT FROM "
                            + "from_org_id) x GROUP BY org_id, y")), Map.entry(
            "org_totals", List.of(
                    "SELECT org_id, arrivals, departures, weighted_arrivals, weighted_departures, net FROM org_totals",
                    "SELECT org_id, SUM(a), SUM(d), SUM(a * w), SUM(d * w), SUM(a) - SUM(d) FROM (SELECT to_org_id AS org_id, "
                            + "1 AS a, 0 AS d, seniority AS w FROM moves WHERE to_org_id IS NOT NULL AND from_org_id IS DISTINCT "
                            + "FROM to_org_id UNION ALL SELECT from_org_id, 0, 1, seniority FROM moves "
                            + "WHERE from_org_id IS NOT NULL AND to_org_id IS DISTINCT FROM from_org_id) x GROUP BY org_id")));

    private SummaryRecount() {
    }

    /** The table's rows (first) and the recount's (second), each sorted. */
    static List<List<String>> compare(Sql sql, String table) {
        List<String> queries = TABLES.get(table);
        return List.of(rows(sql, queries.get(0)), rows(sql, queries.get(1)));
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
