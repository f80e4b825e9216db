package org.talentflow.storage;

import org.talentflow.core.domain.MoveKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads stored moves with their evidence: one query for the moves, then one per 500 moves for their sources. */
final class MoveRows {

    static final String NEWEST_FIRST = " ORDER BY m.happened_on DESC NULLS LAST, m.reported_on DESC NULLS LAST, m.id DESC";
    static final String OLDEST_FIRST = " ORDER BY m.happened_on ASC NULLS LAST, m.reported_on ASC NULLS LAST, m.id ASC";

    private static final String SELECT = "SELECT m.id, p.name, m.kind, fo.name, fu.name, t.name, tu.name, m.role, "
            + "m.move_date, m.confidence, m.document_count, m.source_count FROM moves m JOIN people p ON p.id = m.person_id "
            + "LEFT JOIN organizations fo ON fo.id = m.from_org_id LEFT JOIN organizations fu ON fu.id = m.from_unit_id "
            + "LEFT JOIN organizations t ON t.id = m.to_org_id LEFT JOIN organizations tu ON tu.id = m.to_unit_id";
    private static final int CHUNK = 500;

    private final Sql sql;

    MoveRows(Sql sql) {
        this.sql = sql;
    }

    /** The moves a WHERE clause selects, in the order given (plus a LIMIT when limit is not null). */
    List<StoredMove> load(Where where, String order, Integer limit) {
        // A columnar store (DuckDB) joins before it sorts: a page of the newest moves would join every move to its
        // people and organizations first. There the page is chosen from moves alone, then joined.
        String sqlText = sql.keepsSummaries() || limit == null ? SELECT + where.sql() + order + (limit == null ? "" : " LIMIT ?")
                : SELECT.replace(" FROM moves m ", " FROM (SELECT * FROM moves m" + where.sql() + order + " LIMIT ?) m ") + order;
        Object[] args = limit == null ? where.args() : where.args(Math.max(0, limit));
        List<StoredMove> moves = sql.list(sqlText, rs -> new StoredMove(rs.getLong(1), rs.getString(2),
                MoveKind.fromLabel(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getDouble(10), rs.getInt(11), rs.getInt(12), List.of()), args);
        Map<Long, List<StoredEvidence>> evidence = evidence(moves.stream().map(StoredMove::id).toList());
        return moves.stream().map(m -> new StoredMove(m.id(), m.person(), m.kind(), m.fromOrganization(), m.fromUnit(),
                m.toOrganization(), m.toUnit(), m.role(), m.date(), m.confidence(), m.documents(), m.sources(),
                evidence.getOrDefault(m.id(), List.of()))).toList();
    }

    /** Each move's sources, the earliest article first. */
    private Map<Long, List<StoredEvidence>> evidence(List<Long> moveIds) {
        Map<Long, List<StoredEvidence>> byMove = new LinkedHashMap<>();
        for (int from = 0; from < moveIds.size(); from += CHUNK) {
            List<Long> chunk = moveIds.subList(from, Math.min(moveIds.size(), from + CHUNK));
            sql.list("SELECT e.move_id, d.id, d.name, d.url, d.title, d.published, e.sentence, e.start_offset, e.end_offset, "
                            + "e.confidence, d.site, s.name FROM evidence e JOIN documents d ON d.id = e.document_id "
                            + "LEFT JOIN documents s ON s.id = d.story_id AND s.id <> d.id WHERE e.move_id IN ("
                            + Sql.marks(chunk.size()) + ") ORDER BY e.move_id, d.published NULLS LAST, d.name, e.start_offset",
                    rs -> byMove.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredEvidence(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getDouble(10),
                            rs.getString(11), rs.getString(12))),
                    chunk.toArray());
        }
        return byMove;
    }
}
