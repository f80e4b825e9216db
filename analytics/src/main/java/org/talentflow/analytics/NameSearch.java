package org.talentflow.analytics;

import org.talentflow.core.resolve.PersonNames;
import org.talentflow.storage.Sql;
import org.talentflow.storage.StoreSession;

import java.util.List;
import java.util.Locale;

/**
 * People and organizations by part of a name or alias, case-insensitively. Whole-name matches come first (for a
 * person any spelling or name order), then names with a word starting with the text, then the rest, by name.
 */
final class NameSearch {

    /** Matched by the LIKE patterns below: the user's % and _ are literal characters, not wildcards. */
    private static final String ESCAPE = " ESCAPE '\\'";

    private final Sql sql;

    NameSearch(StoreSession store) {
        this.sql = store.sql();
    }

    List<SearchHit> people(String text, int limit) {
        Patterns p = Patterns.of(text);
        String match = "LOWER(%s) LIKE ?" + ESCAPE;
        String byName = match.formatted("p.name");
        String byAlias = "EXISTS (SELECT 1 FROM person_aliases a WHERE a.person_id = p.id AND " + match.formatted("a.alias") + ")";
        return sql.list("SELECT p.name, CASE WHEN " + byName + " THEN NULL ELSE (SELECT MIN(a.alias) FROM person_aliases a "
                        + "WHERE a.person_id = p.id AND " + match.formatted("a.alias") + ") END, "
                        + "(SELECT COUNT(*) FROM moves m WHERE m.person_id = p.id), "
                        + "CASE WHEN p.person_key = ? OR LOWER(p.name) = ? THEN 0 WHEN " + byName + " OR " + byName
                        + " THEN 1 ELSE 2 END AS hit_rank "
                        + "FROM people p WHERE p.person_key = ? OR " + byName + " OR " + byAlias
                        + " ORDER BY hit_rank, p.name LIMIT ?",
                rs -> new SearchHit(rs.getString(1), rs.getString(2), null, rs.getInt(3)),
                p.contains, p.contains, p.key, p.exact, p.prefix, p.wordPrefix, p.key, p.contains, p.contains, limit);
    }

    List<SearchHit> organizations(String text, int limit) {
        Patterns p = Patterns.of(text);
        String byName = "o.name_key LIKE ?" + ESCAPE;
        String byAlias = "EXISTS (SELECT 1 FROM org_aliases a WHERE a.org_id = o.id AND a.alias_key LIKE ?" + ESCAPE + ")";
        // Organization columns hold top-level organizations and unit columns their units, so the four counts never
        // overlap except for a move inside one organization, which the IS DISTINCT FROM terms count once.
        String moves = "(SELECT COUNT(*) FROM moves m WHERE m.from_org_id = o.id) "
                + "+ (SELECT COUNT(*) FROM moves m WHERE m.to_org_id = o.id AND m.from_org_id IS DISTINCT FROM o.id) "
                + "+ (SELECT COUNT(*) FROM moves m WHERE m.from_unit_id = o.id) "
                + "+ (SELECT COUNT(*) FROM moves m WHERE m.to_unit_id = o.id AND m.from_unit_id IS DISTINCT FROM o.id)";
        return sql.list("SELECT o.name, CASE WHEN " + byName + " THEN NULL ELSE (SELECT MIN(a.alias) FROM org_aliases a "
                        + "WHERE a.org_id = o.id AND a.alias_key LIKE ?" + ESCAPE + ") END, o.kind, par.name, " + moves + ", "
                        + "CASE WHEN o.name_key = ? OR EXISTS (SELECT 1 FROM org_aliases a WHERE a.org_id = o.id AND a.alias_key = ?) "
                        + "THEN 0 WHEN " + byName + " OR " + byName + " THEN 1 ELSE 2 END AS hit_rank "
                        + "FROM organizations o LEFT JOIN organizations par ON par.id = o.parent_id "
                        + "WHERE " + byName + " OR " + byAlias + " ORDER BY hit_rank, o.name LIMIT ?",
                rs -> new SearchHit(rs.getString(1), rs.getString(2),
                        rs.getString(4) == null ? rs.getString(3) : "unit of " + rs.getString(4), rs.getInt(5)),
                p.contains, p.contains, p.exact, p.exact, p.prefix, p.wordPrefix, p.contains, p.contains, limit);
    }

    /** The LIKE patterns of one search text, lower-cased as the stored keys are. */
    private record Patterns(String exact, String key, String prefix, String wordPrefix, String contains) {
        static Patterns of(String text) {
            String exact = text.strip().toLowerCase(Locale.ROOT);
            String literal = exact.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return new Patterns(exact, PersonNames.key(text), literal + "%", "% " + literal + "%", "%" + literal + "%");
        }
    }
}
