package org.talentflow.storage;

import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.MoveReports;
import org.talentflow.core.domain.MoveReports.Report;
import org.talentflow.core.syndication.SyndicatedMoves;
import org.talentflow.core.syndication.SyndicatedMoves.Reported;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Records one reported move: merged into the stored move of the same person, kind, origin and destination
 * (top-level organizations), or stored as a new one; either way the reporting sentence becomes an evidence row.
 * A syndicated copy's report goes to the agreeing move of its story first.
 */
final class MoveWriter {

    /** The stored move a report went to, and whether the report created it. */
    record Recorded(long moveId, boolean created) {
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Sql sql;
    private final PeopleTable people;
    private final OrganizationTable organizations;

    MoveWriter(Sql sql, PeopleTable people, OrganizationTable organizations) {
        this.sql = sql;
        this.people = people;
        this.organizations = organizations;
    }

    /**
     * Records one move reported by a document. A document that is a syndicated copy (copiedStory not null) first
     * looks among its story's moves of the same person for one that agrees (see {@link SyndicatedMoves}): the copy's
     * sentence is evidence for it even where its extraction came out slightly different.
     */
    Recorded record(long documentId, Move m, Long copiedStory) {
        long person = people.idFor(m.person());
        OrganizationTable.Placed from = organizations.place(m.from());
        OrganizationTable.Placed to = organizations.place(m.to());
        // A new move is what its first report states; a known one is restated from all its reports.
        MoveReports.Stated first = MoveReports.state(List.of(new Report(m.role(), m.date(), m.confidence())));
        Long id = copiedStory == null ? null
                : storyMove(copiedStory, person, new Reported<>(m.kind(), from.organization(), to.organization()));
        if (id == null) {
            id = sql.queryLong("SELECT id FROM moves WHERE person_id = ? AND kind = ? AND from_org_id IS NOT DISTINCT FROM ? "
                    + "AND to_org_id IS NOT DISTINCT FROM ? ORDER BY id", person, m.kind().label(), from.organization(),
                    to.organization());
        }
        boolean created = id == null;
        if (created) {
            id = sql.insert("INSERT INTO moves (person_id, kind, from_org_id, from_unit_id, to_org_id, to_unit_id, role, "
                            + "move_date, confidence, seniority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    person, m.kind().label(), from.organization(), from.unit(), to.organization(), to.unit(), first.role(),
                    first.date(), first.confidence(), first.seniority().weight());
        } else {
            // A later report fills a unit the move left open, under the same organization only (a copy's report may
            // name a side the move leaves open); role, date and the rest are restated from the reports below.
            sql.update("UPDATE moves SET "
                            + "from_unit_id = CASE WHEN from_org_id = ? THEN COALESCE(from_unit_id, ?) ELSE from_unit_id END, "
                            + "to_unit_id = CASE WHEN to_org_id = ? THEN COALESCE(to_unit_id, ?) ELSE to_unit_id END WHERE id = ?",
                    from.organization(), from.unit(), to.organization(), to.unit(), id);
        }
        if (!sql.exists("SELECT 1 FROM evidence WHERE move_id = ? AND document_id = ? AND start_offset = ?",
                id, documentId, m.evidence().start())) {
            sql.update("INSERT INTO evidence (move_id, document_id, sentence, start_offset, end_offset, role, move_date, "
                            + "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, documentId, m.evidence().sentence(),
                    m.evidence().start(), m.evidence().end(), m.role(), m.date(), m.confidence());
        }
        if (created) {
            refresh(id);
        } else {
            restate(id);
        }
        return new Recorded(id, created);
    }

    /**
     * Role, date, confidence and seniority as the move's reports state them together ({@link MoveReports}: the
     * first role and date given stand, the highest confidence and seniority count), the reports in document order;
     * then its dates and counts. Units stay: reports do not record them.
     */
    void restate(long moveId) {
        List<Report> reports = sql.list("SELECT role, move_date, confidence FROM evidence WHERE move_id = ? "
                + "ORDER BY document_id, id", rs -> new Report(rs.getString(1), rs.getString(2), rs.getDouble(3)), moveId);
        MoveReports.Stated s = MoveReports.state(reports);
        sql.update("UPDATE moves SET role = ?, move_date = ?, confidence = ?, seniority = ? WHERE id = ?",
                s.role(), s.date(), s.confidence(), s.seniority().weight(), moveId);
        refresh(moveId);
    }

    private record StoryMove(long id, Reported<Long> reported) {
    }

    /** The story's move of this person that the copy's report agrees with best, or null. */
    private Long storyMove(long story, long person, Reported<Long> reported) {
        List<StoryMove> moves = sql.list("SELECT DISTINCT m.id, m.kind, m.from_org_id, m.to_org_id FROM moves m "
                        + "JOIN evidence e ON e.move_id = m.id JOIN documents d ON d.id = e.document_id "
                        + "WHERE d.story_id = ? AND m.person_id = ? ORDER BY m.id",
                rs -> new StoryMove(rs.getLong(1), new Reported<>(MoveKind.fromLabel(rs.getString(2)),
                        rs.getObject(3, Long.class), rs.getObject(4, Long.class))), story, person);
        return SyndicatedMoves.bestMatch(reported, moves, StoryMove::reported).map(StoryMove::id).orElse(null);
    }

    /**
     * A move happened at its own date when it has one, else when it was first reported; its documents and independent
     * sources are counted (copies of one story, and stories of one site, are one source). Recomputed from the stored
     * rows after every report, so the result does not depend on the order articles arrive in.
     */
    void refresh(long moveId) {
        LocalDate reported = sql.queryDate("SELECT MIN(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id "
                + "WHERE e.move_id = ?", moveId);
        LocalDate dated = periodStart(sql.queryString("SELECT move_date FROM moves WHERE id = ?", moveId));
        sql.update("UPDATE moves SET happened_on = ?, reported_on = ?, "
                        + "document_count = (SELECT COUNT(DISTINCT e.document_id) FROM evidence e WHERE e.move_id = ?), "
                        + "source_count = (SELECT COUNT(DISTINCT d.source_key) FROM evidence e "
                        + "JOIN documents d ON d.id = e.document_id WHERE e.move_id = ?) WHERE id = ?",
                dated != null ? dated : reported, reported, moveId, moveId, moveId);
    }

    /** "2025" is 2025-01-01, "2025-02" is 2025-02-01, "2025-02-14" itself; null when absent or impossible. */
    static LocalDate periodStart(String date) {
        if (date == null) {
            return null;
        }
        String d = date.strip();
        try {
            if (YEAR.matcher(d).matches()) {
                return LocalDate.of(Integer.parseInt(d), 1, 1);
            }
            if (MONTH.matcher(d).matches()) {
                return LocalDate.parse(d + "-01");
            }
            if (DAY.matcher(d).matches()) {
                return LocalDate.parse(d);
            }
        } catch (DateTimeException e) {
            // "2025-13" dates nothing; the publication date stands in for it
        }
        return null;
    }
}
