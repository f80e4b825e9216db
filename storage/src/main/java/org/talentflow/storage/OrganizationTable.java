package org.talentflow.storage;

import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organizations: the gazetteer's entries and the names first met in an article. A name finds its organization
 * case-insensitively, by canonical name or alias; a unit rolls up to its top-level parent.
 */
final class OrganizationTable {

    /** Where a move's side is stored: the top-level organization, and the unit when one is named. */
    record Placed(Long organization, Long unit) {
        static final Placed NONE = new Placed(null, null);
    }

    /** Deeper than any real hierarchy; stops a parent cycle in a user's gazetteer. */
    private static final int MAX_DEPTH = 16;

    private final Sql sql;

    OrganizationTable(Sql sql) {
        this.sql = sql;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Upserts kind, ticker, city, parent and aliases; running it twice changes nothing. */
    void sync(Collection<Organization> organizations) {
        Set<String> canonical = new HashSet<>();
        organizations.forEach(o -> canonical.add(o.name()));
        for (Organization o : organizations) {
            Long id = canonicalId(o.name(), canonical);
            if (id == null) {
                insert(o.name(), o.kind(), null, o.ticker(), o.city());
            } else {
                sql.update("UPDATE organizations SET name = ?, name_key = ?, kind = ?, ticker = ?, city = ? WHERE id = ?",
                        o.name(), key(o.name()), o.kind().label(), o.ticker(), o.city(), id);
            }
        }
        // Parents once every name exists: a unit may come before its parent in the gazetteer.
        for (Organization o : organizations) {
            long id = sql.queryLong("SELECT id FROM organizations WHERE name = ?", o.name());
            Long parent = o.parent() == null ? null : sql.queryLong("SELECT id FROM organizations WHERE name = ?", o.parent());
            sql.update("UPDATE organizations SET parent_id = ? WHERE id = ?", parent == null || parent == id ? null : parent, id);
            for (String alias : o.aliases()) {
                if (!sql.exists("SELECT 1 FROM org_aliases WHERE org_id = ? AND alias = ?", id, alias)) {
                    sql.update("INSERT INTO org_aliases (org_id, alias, alias_key) VALUES (?, ?, ?)", id, alias, key(alias));
                }
            }
        }
    }

    /**
     * The row a gazetteer entry owns: its exact name, or a row made on the fly from the same name in other case
     * (which the entry then names properly, so earlier moves and new ones meet in one organization).
     */
    private Long canonicalId(String name, Set<String> canonical) {
        Long id = sql.queryLong("SELECT id FROM organizations WHERE name = ?", name);
        if (id != null) {
            return id;
        }
        return sql.first("SELECT id, name FROM organizations WHERE name_key = ? AND kind = ? AND ticker IS NULL ORDER BY id",
                        rs -> canonical.contains(rs.getString(2)) ? null : rs.getLong(1), key(name), OrgKind.OTHER.label())
                .orElse(null);
    }

    /** By canonical name (exact spelling first) or alias, case-insensitively; null when unknown. */
    Long find(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = key(name);
        Long id = sql.queryLong("SELECT id FROM organizations WHERE name_key = ? ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END, id",
                key, name.strip());
        return id != null ? id : sql.queryLong("SELECT org_id FROM org_aliases WHERE alias_key = ? ORDER BY org_id", key);
    }

    /**
     * Stores a move's side under its top-level organization. Unknown names are created: a unit under the
     * organization named with it, anything else as kind OTHER. A unit given as the organization moves down to
     * the unit slot, so every move rolls up to its parent.
     */
    Placed place(OrgRef ref) {
        if (ref == null) {
            return Placed.NONE;
        }
        long named = findOrCreate(ref.organization(), null);
        long root = root(named);
        Long unit = null;
        if (ref.unit() != null) {
            unit = findOrCreate(ref.unit(), named);
        } else if (root != named) {
            unit = named;
        }
        return new Placed(root, unit == null || unit == root ? null : unit);
    }

    /** The organization and all its units, at any depth. */
    List<Long> withUnits(long id) {
        Set<Long> all = new LinkedHashSet<>(List.of(id));
        List<Long> level = List.of(id);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Long> next = new ArrayList<>();
            for (long child : sql.list("SELECT id FROM organizations WHERE parent_id IN (" + Sql.marks(level.size()) + ")",
                    rs -> rs.getLong(1), level.toArray())) {
                if (all.add(child)) {
                    next.add(child);
                }
            }
            level = next;
        }
        return List.copyOf(all);
    }

    /** The gazetteer entry as stored, aliases sorted. */
    Organization view(long id) {
        List<String> aliases = sql.strings("SELECT alias FROM org_aliases WHERE org_id = ? ORDER BY alias", id);
        return sql.first("SELECT o.name, o.kind, p.name, o.ticker, o.city FROM organizations o "
                        + "LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.id = ?",
                rs -> new Organization(rs.getString(1), OrgKind.fromLabel(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), aliases), id).orElseThrow();
    }

    List<String> unitNames(long id) {
        return sql.strings("SELECT name FROM organizations WHERE parent_id = ? ORDER BY name", id);
    }

    private long findOrCreate(String name, Long parent) {
        Long id = find(name);
        if (id != null) {
            return id;
        }
        String canonical = name.strip();
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException("a move names an organization with a blank name");
        }
        return insert(canonical, parent == null ? OrgKind.OTHER : OrgKind.UNIT, parent, null, null);
    }

    private long root(long id) {
        long current = id;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Long parent = sql.queryLong("SELECT parent_id FROM organizations WHERE id = ? AND parent_id IS NOT NULL", current);
            if (parent == null || parent == id) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    private long insert(String name, OrgKind kind, Long parent, String ticker, String city) {
        return sql.insert("INSERT INTO organizations (name, name_key, kind, parent_id, ticker, city) VALUES (?, ?, ?, ?, ?, ?)",
                name, key(name), kind.label(), parent, ticker, city);
    }
}
