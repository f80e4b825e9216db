package org.talentflow.storage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables {@code export} writes for analysts, each in one place: its columns with their types, and the SELECT that
 * reads them, which runs unchanged on H2, PostgreSQL and DuckDB. The files come out alike whatever the store: the
 * types are these, not the store's (H2 reads a sentence as a CLOB, PostgreSQL as text). Ids are the store's, so the
 * files join on them (evidence.move_id = moves.id); names are resolved beside the ids, so most questions need no join.
 * An article's text stays out: it is most of a store's size, and its URL and the evidence sentences point to it.
 */
final class ExportTables {

    /** A column's type, as DuckDB names it; the files carry it (Parquet) or are read back with it (CSV). */
    enum Type { BIGINT, INTEGER, DOUBLE, VARCHAR, DATE, TIMESTAMP }

    record Column(String name, Type type, String expression) {
    }

    /** One file: its name, its columns in order and the rest of its SELECT after the columns (FROM, joins, ORDER BY). */
    record Table(String name, List<Column> columns, String from) {

        /** The rows as every store reads them; the columns in order, unnamed and untyped (the writer's table has both). */
        String select() {
            return "SELECT " + columns.stream().map(Column::expression).collect(Collectors.joining(", ")) + " " + from;
        }

        /** The rows as DuckDB writes them straight to a file: each column named and cast to its type here. */
        String typedSelect() {
            return "SELECT " + columns.stream().map(c -> "CAST(" + c.expression() + " AS " + c.type() + ") AS " + c.name())
                    .collect(Collectors.joining(", ")) + " " + from;
        }

        /** The table that holds the rows in the writer before they are copied to the file. */
        String create() {
            return "CREATE TABLE " + name + " (" + columns.stream().map(c -> c.name() + " " + c.type())
                    .collect(Collectors.joining(", ")) + ")";
        }
    }

    private static Column column(String name, Type type, String expression) {
        return new Column(name, type, expression);
    }

    static final Table PEOPLE = new Table("people", List.of(
            column("id", Type.BIGINT, "id"),
            column("name", Type.VARCHAR, "name")),
            "FROM people ORDER BY id");

    /** Gazetteer organizations and those articles named; a unit (a lab, a team) names its parent. */
    static final Table ORGANIZATIONS = new Table("organizations", List.of(
            column("id", Type.BIGINT, "o.id"),
            column("name", Type.VARCHAR, "o.name"),
            column("kind", Type.VARCHAR, "o.kind"),
            column("parent_id", Type.BIGINT, "o.parent_id"),
            column("parent", Type.VARCHAR, "p.name"),
            column("ticker", Type.VARCHAR, "o.ticker"),
            column("city", Type.VARCHAR, "o.city")),
            "FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id ORDER BY o.id");

    /** Every stored article without its text; story_id is the first document of its story (its own id unless it is a syndicated copy). */
    static final Table DOCUMENTS = new Table("documents", List.of(
            column("id", Type.BIGINT, "id"),
            column("name", Type.VARCHAR, "name"),
            column("url", Type.VARCHAR, "url"),
            column("title", Type.VARCHAR, "title"),
            column("published", Type.DATE, "published"),
            column("site", Type.VARCHAR, "site"),
            column("story_id", Type.BIGINT, "story_id"),
            column("ingested_at", Type.TIMESTAMP, "ingested_at"),
            column("extractor_version", Type.VARCHAR, "extractor_version")),
            "FROM documents ORDER BY id");

    /**
     * One row per move, merged across its articles. {@code date} is what the articles state (2025, 2025-02,
     * 2025-02-14, or nothing); {@code happened_on} the first day of it, else the day it was first reported.
     */
    static final Table MOVES = new Table("moves", List.of(
            column("id", Type.BIGINT, "m.id"),
            column("person_id", Type.BIGINT, "m.person_id"),
            column("person", Type.VARCHAR, "p.name"),
            column("kind", Type.VARCHAR, "m.kind"),
            column("from_org_id", Type.BIGINT, "m.from_org_id"),
            column("from_organization", Type.VARCHAR, "fo.name"),
            column("from_unit_id", Type.BIGINT, "m.from_unit_id"),
            column("from_unit", Type.VARCHAR, "fu.name"),
            column("to_org_id", Type.BIGINT, "m.to_org_id"),
            column("to_organization", Type.VARCHAR, "t.name"),
            column("to_unit_id", Type.BIGINT, "m.to_unit_id"),
            column("to_unit", Type.VARCHAR, "tu.name"),
            column("role", Type.VARCHAR, "m.role"),
            column("date", Type.VARCHAR, "m.move_date"),
            column("happened_on", Type.DATE, "m.happened_on"),
            column("first_reported_on", Type.DATE, "m.reported_on"),
            column("confidence", Type.DOUBLE, "m.confidence"),
            column("seniority", Type.INTEGER, "m.seniority"),
            column("documents", Type.INTEGER, "m.document_count"),
            column("sources", Type.INTEGER, "m.source_count")),
            "FROM moves m JOIN people p ON p.id = m.person_id "
                    + "LEFT JOIN organizations fo ON fo.id = m.from_org_id LEFT JOIN organizations fu ON fu.id = m.from_unit_id "
                    + "LEFT JOIN organizations t ON t.id = m.to_org_id LEFT JOIN organizations tu ON tu.id = m.to_unit_id "
                    + "ORDER BY m.id");

    /** Each sentence that reported a move: its article, where it stands in the article's text, and what it stated. */
    static final Table EVIDENCE = new Table("evidence", List.of(
            column("id", Type.BIGINT, "e.id"),
            column("move_id", Type.BIGINT, "e.move_id"),
            column("document_id", Type.BIGINT, "e.document_id"),
            column("url", Type.VARCHAR, "d.url"),
            column("published", Type.DATE, "d.published"),
            column("sentence", Type.VARCHAR, "e.sentence"),
            column("start_offset", Type.INTEGER, "e.start_offset"),
            column("end_offset", Type.INTEGER, "e.end_offset"),
            column("role", Type.VARCHAR, "e.role"),
            column("date", Type.VARCHAR, "e.move_date"),
            column("confidence", Type.DOUBLE, "e.confidence")),
            "FROM evidence e JOIN documents d ON d.id = e.document_id ORDER BY e.id");

    /** In the order they are written. */
    static final List<Table> ALL = List.of(PEOPLE, ORGANIZATIONS, DOCUMENTS, MOVES, EVIDENCE);

    private ExportTables() {
    }
}
