package org.talentflow.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * How many moves left or reached an organization and its units, read from the side_totals summary (migration
 * V7_2), which holds each move once per side it names: a few rows per unit and kind, however many moves; counted
 * from the moves on a store without summaries.
 */
final class SideCounts {

    private final Sql sql;

    SideCounts(Sql sql) {
        this.sql = sql;
    }

    /** Moves whose organization or unit on that side is one of the family; of one kind when kind is not null. */
    int total(List<Long> family, NewestMoves.Side side, String kind) {
        if (!sql.keepsSummaries()) {
            // A store without summaries (DuckDB) counts the moves by the rule side_totals keeps: a move counts for the
            // family on a side when its organization or its unit on that side is one of the family.
            Where where = new Where().anyIn(family, "m." + side.organization, "m." + side.unit);
            if (kind != null) {
                where.and("m.kind = ?", kind);
            }
            return sql.queryLong("SELECT COUNT(*) FROM moves m" + where.sql(), where.args()).intValue();
        }
        return summed(family, side.code, kind);
    }

    private int summed(List<Long> family, String side, String kind) {
        String in = " IN (" + Sql.marks(family.size()) + ")";
        String only = "s.side = ?" + (kind == null ? "" : " AND s.kind = ?");
        List<Object> args = new ArrayList<>(family);
        args.add(side);
        if (kind != null) {
            args.add(kind);
        }
        args.addAll(family);
        args.addAll(family);
        args.add(side);
        if (kind != null) {
            args.add(kind);
        }
        // Two exact halves rather than one OR, so that each reads its own index.
        return sql.queryLong("SELECT COALESCE(SUM(x.n), 0) FROM (SELECT SUM(s.moves) AS n FROM side_totals s WHERE s.org_id" + in
                + " AND " + only + " UNION ALL SELECT SUM(s.moves) FROM side_totals s WHERE s.unit_id" + in + " AND s.org_id NOT" + in
                + " AND " + only + ") x", args.toArray()).intValue();
    }
}
