package org.talentflow.storage;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.ingest.StoredArticles.Replaced;
import org.talentflow.core.ingest.StoredArticles.StoredArticle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stored document's moves replaced by what the current extractor finds in its text. Its evidence rows go, the new
 * moves are recorded as ingest records them (merged into the stored move of the same person, kind and ends, or into its
 * story's agreeing move for a syndicated copy), a move left without evidence goes, and every move it touched is
 * restated from the evidence that is left, as if its reports had arrived in document order without this document's
 * old ones. The document row, its story links, watchlists and feeds are not touched.
 */
final class Reextractions {

    /** A move as the store states it, to tell whether a replacement changed it. */
    private static final String MOVE_ROW = "SELECT role, move_date, confidence, seniority, from_unit_id, to_unit_id, "
            + "happened_on, reported_on, document_count, source_count FROM moves WHERE id = ?";

    private final Sql sql;
    private final MoveWriter moves;

    Reextractions(Sql sql, MoveWriter moves) {
        this.sql = sql;
        this.moves = moves;
    }

    /** Documents whose moves another extractor version made, or one not recorded (stored before versions were). */
    static int countOtherThan(Sql sql, String version) {
        return sql.queryLong("SELECT COUNT(*) FROM documents WHERE extractor_version IS DISTINCT FROM ?", version).intValue();
    }

    static List<StoredArticle> otherThan(Sql sql, String version, long after, int limit) {
        return sql.list("SELECT id, name, url, title, published, text FROM documents "
                        + "WHERE extractor_version IS DISTINCT FROM ? AND id > ? ORDER BY id LIMIT ?",
                rs -> new StoredArticle(rs.getLong(1), new Document(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6))), version, after, limit);
    }

    Replaced replace(Document document, List<Move> found, String version) {
        return sql.transaction(() -> {
            record Stored(long id, long story) {
            }
            Optional<Stored> stored = sql.first("SELECT id, story_id FROM documents WHERE content_hash = ?",
                    rs -> new Stored(rs.getLong(1), rs.getLong(2)), document.contentHash());
            if (stored.isEmpty()) {
                return Replaced.NOTHING;
            }
            long documentId = stored.get().id();
            Long copiedStory = stored.get().story() == documentId ? null : stored.get().story();
            Map<Long, String> before = new HashMap<>();
            for (long id : sql.list("SELECT DISTINCT move_id FROM evidence WHERE document_id = ?", rs -> rs.getLong(1), documentId)) {
                before.put(id, row(id));
            }
            sql.update("DELETE FROM evidence WHERE document_id = ?", documentId);
            Set<Long> touched = new LinkedHashSet<>(before.keySet());
            Set<Long> created = new HashSet<>();
            for (Move m : found) {
                MoveWriter.Recorded r = moves.record(documentId, m, copiedStory);
                touched.add(r.moveId());
                if (r.created()) {
                    created.add(r.moveId());
                }
            }
            int removed = 0;
            int changed = 0;
            for (long id : touched) {
                if (!sql.exists("SELECT 1 FROM evidence WHERE move_id = ?", id)) {
                    remove(id);
                    removed++;
                    continue;
                }
                moves.restate(id);
                if (before.containsKey(id) && !before.get(id).equals(row(id))) {
                    changed++;
                }
            }
            sql.update("UPDATE documents SET extractor_version = ? WHERE id = ?", version, documentId);
            return new Replaced(created.size(), removed, changed);
        });
    }

    private String row(long moveId) {
        return sql.first(MOVE_ROW, rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('\u001F');
            }
            return row.toString();
        }, moveId).orElseThrow();
    }

    /** A move no document reports; its person too when no other move is theirs. */
    private void remove(long moveId) {
        Long person = sql.queryLong("SELECT person_id FROM moves WHERE id = ?", moveId);
        sql.update("DELETE FROM moves WHERE id = ?", moveId);
        if (!sql.exists("SELECT 1 FROM moves WHERE person_id = ?", person)) {
            sql.update("DELETE FROM person_aliases WHERE person_id = ?", person);
            sql.update("DELETE FROM people WHERE id = ?", person);
        }
    }
}
