package org.talentflow.storage;

import java.util.List;

/**
 * A summary table kept beside the moves (migration V7_2): its key and its counts. What a move counts in it is the view
 * {@link #view()} of R__summary_rules.sql, one row per move and key; this record says only how a table is shaped, so
 * that the embedded store's trigger and the recount can add, subtract and compare its rows.
 */
record SummaryTable(String name, List<String> keys, List<String> counts) {

    private static final List<String> MOVES = List.of("moves");
    private static final List<String> NET = List.of("arrivals", "departures", "weighted_arrivals", "weighted_departures");
    private static final List<String> NET_AND_BALANCE = List.of("arrivals", "departures", "weighted_arrivals",
            "weighted_departures", "net");

    static final List<SummaryTable> ALL = List.of(
            new SummaryTable("flow_totals", List.of("level", "from_id", "to_id"), MOVES),
            new SummaryTable("flow_months", List.of("level", "from_id", "to_id", "month_start"), MOVES),
            new SummaryTable("flow_years", List.of("level", "from_id", "to_id", "year_start"), MOVES),
            new SummaryTable("pair_totals", List.of("from_org_id", "from_unit_id", "to_org_id", "to_unit_id", "kind"), MOVES),
            new SummaryTable("org_pairs", List.of("from_org_id", "to_org_id"), MOVES),
            new SummaryTable("side_totals", List.of("org_id", "unit_id", "side", "kind"), MOVES),
            new SummaryTable("side_quarters", List.of("org_id", "unit_id", "side", "quarter_start"), MOVES),
            new SummaryTable("org_months", List.of("org_id", "month_start"), NET),
            new SummaryTable("org_years", List.of("org_id", "year_start"), NET_AND_BALANCE),
            new SummaryTable("org_totals", List.of("org_id"), NET_AND_BALANCE));

    /** The view of what each move counts in this table. */
    String view() {
        return name + "_by_move";
    }

    /**
     * The table's rows for one move, each key once, its counts summed (with sign "-", taken out). Bound: the move's
     * id and {@link MoveSummaryTrigger}'s evaluation number.
     */
    String rowsOfMove(String sign) {
        return "SELECT " + String.join(", ", keys) + ", " + sums(sign) + " FROM " + view() + " WHERE move_id = ? AND ? > 0 "
                + "GROUP BY " + String.join(", ", keys);
    }

    private String sums(String sign) {
        StringBuilder sums = new StringBuilder();
        for (String count : counts) {
            sums.append(sums.isEmpty() ? "" : ", ").append(sign).append("SUM(").append(count).append(") AS ").append(count);
        }
        return sums.toString();
    }
}
