package org.talentflow.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of what the store says, not how it says it: names, texts and links between rows, never the
 * generated ids or ingest times. Two stores with the same digest hold the same knowledge. Bookkeeping is left out too:
 * the LSH band keys follow from the texts, and ingest checkpoints say how a store was filled, not what it knows.
 */
final class ContentDigest {

    private static final List<String> VIEWS = List.of(
            "SELECT o.name, o.kind, p.name, o.ticker, o.city FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id",
            "SELECT o.name, a.alias FROM org_aliases a JOIN organizations o ON o.id = a.org_id",
            "SELECT person_key, name FROM people",
            "SELECT p.person_key, a.alias FROM person_aliases a JOIN people p ON p.id = a.person_id",
            // A document's story is named by its first document's content; signatures follow from the text. The
            // extractor version says which extractor the document's moves are the word of.
            "SELECT d.name, d.url, d.title, d.published, d.content_hash, d.text, d.site, d.source_key, s.content_hash, "
                    + "d.extractor_version "
                    + "FROM documents d LEFT JOIN documents s ON s.id = d.story_id",
            "SELECT p.person_key, m.kind, fo.name, fu.name, t.name, tu.name, m.role, m.move_date, m.happened_on, m.confidence, "
                    + "m.reported_on, m.seniority, m.document_count, m.source_count "
                    + "FROM moves m JOIN people p ON p.id = m.person_id LEFT JOIN organizations fo ON fo.id = m.from_org_id "
                    + "LEFT JOIN organizations fu ON fu.id = m.from_unit_id LEFT JOIN organizations t ON t.id = m.to_org_id "
                    + "LEFT JOIN organizations tu ON tu.id = m.to_unit_id",
            "SELECT p.person_key, m.kind, fo.name, t.name, d.content_hash, e.sentence, e.start_offset, e.end_offset, e.role, "
                    + "e.move_date, e.confidence FROM evidence e JOIN moves m ON m.id = e.move_id JOIN people p ON p.id = m.person_id "
                    + "JOIN documents d ON d.id = e.document_id LEFT JOIN organizations fo ON fo.id = m.from_org_id "
                    + "LEFT JOIN organizations t ON t.id = m.to_org_id");

    private ContentDigest() {
    }

    static String of(Sql sql) {
        MessageDigest sha = sha256();
        for (String view : VIEWS) {
            // Rows are sorted here, not in SQL: H2 and PostgreSQL collate text differently.
            List<String> rows = new ArrayList<>(sql.list(view, rs -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('\u001F');
                }
                return row.toString();
            }));
            rows.sort(null);
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
