package org.talentflow.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Pages of the newest moves that left or reached an organization or its units. The moves of one stored
 * organization (with every unit stored under it) are read newest first from one index, only as deep as the page
 * reaches; a unit of the family stored under an organization outside it (a unit given a new parent after its moves
 * were stored) adds a read of its own. The side_totals summary says which reads have anything to find, so a page of
 * a giant with tens of thousands of moves costs about what a page of a startup does.
 */
final class NewestMoves {

    /** One side of a move: its stored organization and unit columns, and its code in side_totals. */
    enum Side {
        LEFT("from", "o"), REACHED("to", "i");

        final String organization;
        final String unit;
        final String code;

        Side(String side, String code) {
            this.organization = side + "_org_id";
            this.unit = side + "_unit_id";
            this.code = code;
        }
    }

    private static final String ORDER = " ORDER BY %1$s.happened_on DESC NULLS LAST, %1$s.reported_on DESC NULLS LAST, %1$s.id DESC";

    private final Sql sql;

    NewestMoves(Sql sql) {
        this.sql = sql;
    }

    /**
     * The ids of one page, newest first, of the moves whose side (either of the sides given) names one of the
     * family (an organization and its units) as organization or unit.
     *
     * @param filter makes the conditions every move must also meet (a window, a kind), fresh for each read
     */
    List<Long> page(List<Long> family, List<Side> sides, Supplier<Where> filter, int offset, int limit) {
        if (!sql.keepsSummaries()) {
            return scanned(family, sides, filter.get(), offset, limit);
        }
        List<String> pieces = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        String in = " IN (" + Sql.marks(family.size()) + ")";
        for (Side side : sides) {
            List<Object> lookup = new ArrayList<>();
            lookup.add(side.code);
            lookup.addAll(family);
            lookup.add(side.code);
            lookup.addAll(family);
            lookup.addAll(family);
            List<String[]> reads = sql.list("SELECT DISTINCT 'org', org_id FROM side_totals WHERE side = ? AND org_id" + in
                            + " UNION SELECT DISTINCT 'unit', unit_id FROM side_totals WHERE side = ? AND unit_id" + in
                            + " AND org_id NOT" + in,
                    rs -> new String[]{rs.getString(1), rs.getString(2)}, lookup.toArray());
            for (String[] read : reads) {
                String column = read[0].equals("org") ? side.organization : side.unit;
                Where where = filter.get().and("m." + column + " = ?", Long.parseLong(read[1]));
                // The column leads the ORDER BY although it is fixed: H2 reads an index in order only when told so.
                pieces.add("(SELECT m.id, m.happened_on, m.reported_on FROM moves m" + sql.useIndex("moves_" + column.replace("_id", "")
                        + "_newest") + where.sql() + " ORDER BY m." + column + "," + ORDER.formatted("m").substring(" ORDER BY".length())
                        + " LIMIT ?)");
                args.addAll(List.of(where.args(offset + limit)));
            }
        }
        if (pieces.isEmpty()) {
            return List.of();
        }
        args.add(limit);
        args.add(offset);
        return sql.list("SELECT x.id FROM (" + String.join(" UNION ", pieces) + ") x" + ORDER.formatted("x")
                + " LIMIT ? OFFSET ?", rs -> rs.getLong(1), args.toArray());
    }

    /**
     * The same page from one scan of the moves, for a store without summaries (DuckDB): a columnar scan of the few
     * columns involved costs less than the index reads would, and there is no side_totals to plan them by.
     */
    private List<Long> scanned(List<Long> family, List<Side> sides, Where where, int offset, int limit) {
        where.anyIn(family, sides.stream().flatMap(s -> java.util.stream.Stream.of("m." + s.organization, "m." + s.unit))
                .toArray(String[]::new));
        return sql.list("SELECT m.id FROM moves m" + where.sql() + ORDER.formatted("m") + " LIMIT ? OFFSET ?",
                rs -> rs.getLong(1), where.args(limit, offset));
    }
}
