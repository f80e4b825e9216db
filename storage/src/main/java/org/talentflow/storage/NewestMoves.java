package org.talentflow.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Pages of the newest moves whose given columns name any of some organizations (one and its units). Each column
 * and organization is read newest first from its own index, only as deep as the page reaches, and the pieces are
 * merged: a page of a giant with tens of thousands of moves costs about what a page of a startup does.
 */
final class NewestMoves {

    private static final String ORDER = " ORDER BY %1$s.happened_on DESC NULLS LAST, %1$s.reported_on DESC NULLS LAST, %1$s.id DESC";

    private final Sql sql;

    NewestMoves(Sql sql) {
        this.sql = sql;
    }

    /**
     * The ids of one page, newest first.
     *
     * @param filter makes the conditions every move must also meet (a window, a kind), fresh for each piece
     */
    List<Long> page(List<Long> organizations, String[] columns, Supplier<Where> filter, int offset, int limit) {
        List<String> pieces = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String column : columns) {
            for (long id : organizations) {
                Where where = filter.get().and(column + " = ?", id);
                pieces.add("(SELECT m.id, m.happened_on, m.reported_on FROM moves m" + where.sql() + ORDER.formatted("m")
                        + " LIMIT ?)");
                args.addAll(List.of(where.args(offset + limit)));
            }
        }
        args.add(limit);
        args.add(offset);
        return sql.list("SELECT x.id FROM (" + String.join(" UNION ", pieces) + ") x" + ORDER.formatted("x")
                + " LIMIT ? OFFSET ?", rs -> rs.getLong(1), args.toArray());
    }
}
