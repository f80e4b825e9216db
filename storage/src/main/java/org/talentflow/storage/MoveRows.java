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
        Object[] args = limit == null ? where.args() : where.args(Math.max(0, limit));
        List<StoredMove> moves = sql.keepsSummaries() ? joined(where, order, limit, args) : named(where, order, limit, args);
        Map<Long, List<StoredEvidence>> evidence = evidence(moves.stream().map(StoredMove::id).toList());
        return moves.stream().map(m -> new StoredMove(m.id(), m.person(), m.kind(), m.fromOrganization(), m.fromUnit(),
                m.toOrganization(), m.toUnit(), m.role(), m.date(), m.confidence(), m.documents(), m.sources(),
                evidence.getOrDefault(m.id(), List.of()))).toList();
    }

    private List<StoredMove> joined(Where where, String order, Integer limit, Object[] args) {
        return sql.list(SELECT + where.sql() + order + (limit == null ? "" : " LIMIT ?"), rs -> new StoredMove(rs.getLong(1),
                rs.getString(2), MoveKind.fromLabel(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getDouble(10), rs.getInt(11), rs.getInt(12), List.of()), args);
    }

    private record Row(long id, long person, String kind, Long from, Long fromUnit, Long to, Long toUnit, String role,
                       String date, double confidence, int documents, int sources) {
    }

    /**
     * The moves alone, then the names of their people and organizations by id: a columnar store (DuckDB) joins before
     * it sorts or filters by id, and a page of fifty moves joined every move to 441,000 people and four times to the
     * organizations first (170-500 ms at a million moves).
     */
    private List<StoredMove> named(Where where, String order, Integer limit, Object[] args) {
        List<Row> rows = sql.list("SELECT m.id, m.person_id, m.kind, m.from_org_id, m.from_unit_id, m.to_org_id, m.to_unit_id, "
                        + "m.role, m.move_date, m.confidence, m.document_count, m.source_count FROM moves m" + where.sql() + order
                        + (limit == null ? "" : " LIMIT ?"),
                rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class), rs.getObject(7, Long.class), rs.getString(8), rs.getString(9),
                        rs.getDouble(10), rs.getInt(11), rs.getInt(12)), args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> people = names("people", rows.stream().map(Row::person).distinct().toList());
        Map<Long, String> organizations = names("organizations", rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.from(), r.fromUnit(), r.to(), r.toUnit()))
                .filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> new StoredMove(r.id(), people.get(r.person()), MoveKind.fromLabel(r.kind()),
                organizations.get(r.from()), organizations.get(r.fromUnit()), organizations.get(r.to()),
                organizations.get(r.toUnit()), r.role(), r.date(), r.confidence(), r.documents(), r.sources(), List.of())).toList();
    }

    private Map<Long, String> names(String table, List<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            sql.list("SELECT id, name FROM " + table + " WHERE id IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> names.put(rs.getLong(1), rs.getString(2)), chunk.toArray());
        }
        return names;
    }

    /** Each move's sources, the earliest article first. */
    private Map<Long, List<StoredEvidence>> evidence(List<Long> moveIds) {
        if (!sql.keepsSummaries()) {
            return evidenceNamed(moveIds);
        }
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

    private record Sentence(long move, long document, String text, int start, int end, double confidence) {
    }

    private record Source(long id, String name, String url, String title, LocalDate published, String site, Long story) {
    }

    /**
     * {@link #evidence} on a columnar store (DuckDB): the evidence rows, then their documents and stories by id, put in
     * the same order here (earliest article first, then by name and offset) instead of joining every document.
     */
    private Map<Long, List<StoredEvidence>> evidenceNamed(List<Long> moveIds) {
        List<Sentence> sentences = new ArrayList<>();
        for (int from = 0; from < moveIds.size(); from += CHUNK) {
            List<Long> chunk = moveIds.subList(from, Math.min(moveIds.size(), from + CHUNK));
            sentences.addAll(sql.list("SELECT move_id, document_id, sentence, start_offset, end_offset, confidence FROM evidence "
                            + "WHERE move_id IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> new Sentence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getDouble(6)),
                    chunk.toArray()));
        }
        Map<Long, Source> documents = new java.util.HashMap<>();
        List<Long> ids = sentences.stream().map(Sentence::document).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            sql.list("SELECT id, name, url, title, published, site, story_id FROM documents WHERE id IN (" + Sql.marks(chunk.size()) + ")",
                    rs -> documents.put(rs.getLong(1), new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, Long.class))), chunk.toArray());
        }
        Map<Long, String> stories = names("documents", documents.values().stream()
                .filter(d -> d.story() != null && d.story() != d.id()).map(Source::story).distinct().toList());
        Map<Long, List<StoredEvidence>> byMove = new LinkedHashMap<>();
        sentences.stream().sorted(java.util.Comparator.comparingLong(Sentence::move)
                        .thenComparing(e -> documents.get(e.document()).published(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(e -> documents.get(e.document()).name())
                        .thenComparingInt(Sentence::start))
                .forEach(e -> {
                    Source d = documents.get(e.document());
                    byMove.computeIfAbsent(e.move(), k -> new ArrayList<>()).add(new StoredEvidence(d.id(), d.name(), d.url(),
                            d.title(), d.published(), e.text(), e.start(), e.end(), e.confidence(), d.site(),
                            d.story() != null && d.story() != d.id() ? stories.get(d.story()) : null));
                });
        return byMove;
    }
}
