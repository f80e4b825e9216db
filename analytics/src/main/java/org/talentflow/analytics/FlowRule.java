package org.talentflow.analytics;

import org.talentflow.storage.Where;

import java.time.LocalDate;

/**
 * What a flow is, in one place for every answer that counts or lists flows (the full flows, the dashboard's top
 * flows on a store without summaries, the moves behind a band): a move or a founding with both ends known, between
 * the two ends at the level, which must differ (Sankey diagrams cannot draw loops). The summaries of H2 and
 * PostgreSQL (migration V7_2) keep the same rule.
 *
 * @param from the move's origin at the level, over moves m
 * @param to   its destination
 */
record FlowRule(String from, String to) {

    /** Top-level organizations, or at unit level the unit when one is named, else the organization (from_node). */
    static FlowRule at(FlowLevel level) {
        return level == FlowLevel.UNIT ? new FlowRule("m.from_node", "m.to_node") : new FlowRule("m.from_org_id", "m.to_org_id");
    }

    /** The moves that can be flows in the window, before the ends are compared (see {@link #distinctEnds}). */
    Where candidates(LocalDate since, LocalDate until) {
        return new Where().and("m.from_org_id IS NOT NULL").and("m.to_org_id IS NOT NULL")
                .and("m.kind IN ('move', 'found')").window(since, until);
    }

    /**
     * The ends differ: a WHERE condition over one move, or a HAVING condition over a group by (from, to). Grouped
     * queries test it in HAVING: DuckDB planned WHERE from_node &lt;&gt; to_node over all time as a join of twenty
     * thousand organizations by twenty thousand (34-40 s, 10 GB) and HAVING as one aggregation.
     */
    String distinctEnds() {
        return from + " <> " + to;
    }
}
