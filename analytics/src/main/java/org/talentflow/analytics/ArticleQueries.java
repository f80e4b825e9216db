package org.talentflow.analytics;

import org.talentflow.storage.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An article by id, with the moves it reported: what a move page needs to show evidence in its context. */
final class ArticleQueries {

    private final Sql sql;

    ArticleQueries(Sql sql) {
        this.sql = sql;
    }

    Optional<Article> article(long id) {
        List<Article.Mention> mentions = sql.list("SELECT e.move_id, p.name, m.kind, e.start_offset, e.end_offset "
                        + "FROM evidence e JOIN moves m ON m.id = e.move_id JOIN people p ON p.id = m.person_id "
                        + "WHERE e.document_id = ? ORDER BY e.start_offset, e.move_id",
                rs -> new Article.Mention(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)), id);
        return sql.first("SELECT id, name, url, title, published, text FROM documents WHERE id = ?",
                rs -> new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), mentions), id);
    }
}
