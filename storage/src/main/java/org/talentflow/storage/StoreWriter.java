package org.talentflow.storage;

import org.talentflow.core.domain.Document;
import org.talentflow.core.domain.Move;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.OrgRef;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.domain.Seniority;
import org.talentflow.core.resolve.PersonNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The store's writes, each one transaction: committed whole or rolled back whole. */
final class StoreWriter {

    private final Connection c;

    StoreWriter(Connection connection) {
        this.c = connection;
    }

    void syncOrganizations(Collection<Organization> organizations) {
        inTransaction(() -> {
            for (Organization o : organizations) {
                Long id = orgIdByName(o.name());
                if (id == null) {
                    insertOrg(o.name(), o.kind(), null, o.ticker(), o.city());
                } else {
                    update("UPDATE organizations SET kind = ?, ticker = ?, city = ? WHERE id = ?",
                            o.kind().label(), o.ticker(), o.city(), id);
                }
            }
            // Parents after all names exist: a unit may come before its parent in the gazetteer.
            for (Organization o : organizations) {
                long id = orgIdByName(o.name());
                Long parent = o.parent() == null ? null : orgIdByName(o.parent());
                update("UPDATE organizations SET parent_id = ? WHERE id = ?", parent, id);
                for (String alias : o.aliases()) {
                    if (!exists("SELECT 1 FROM org_aliases WHERE org_id = ? AND alias = ?", id, alias)) {
                        update("INSERT INTO org_aliases (org_id, alias, alias_key) VALUES (?, ?, ?)", id, alias, key(alias));
                    }
                }
            }
            return null;
        });
    }

    MoveStore.SaveResult save(Document document, List<Move> moves) {
        return inTransaction(() -> {
            if (exists("SELECT 1 FROM documents WHERE content_hash = ?", document.contentHash())) {
                return new MoveStore.SaveResult(true, 0, 0);
            }
            long documentId = insert("INSERT INTO documents (name, url, title, published, content_hash, text, ingested_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", document.name(), document.url(), document.title(),
                    document.published(), document.contentHash(), document.text(), Timestamp.from(Instant.now()));
            int created = 0;
            Set<Long> corroborated = new HashSet<>();
            Set<Long> createdHere = new HashSet<>();
            for (Move m : moves) {
                long personId = person(m.person());
                Long fromOrg = m.from() == null ? null : org(m.from().organization(), null);
                Long fromUnit = unit(m.from(), fromOrg);
                Long toOrg = m.to() == null ? null : org(m.to().organization(), null);
                Long toUnit = unit(m.to(), toOrg);
                Long moveId = existingMove(personId, m.kind().label(), fromOrg, toOrg);
                if (moveId == null) {
                    moveId = insert("INSERT INTO moves (person_id, kind, from_org_id, from_unit_id, to_org_id, to_unit_id, "
                                    + "role, move_date, happened_on, confidence, seniority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            personId, m.kind().label(), fromOrg, fromUnit, toOrg, toUnit, m.role(), m.date(),
                            happenedOn(m.date(), document.published()), m.confidence(), Seniority.of(m.role()).weight());
                    created++;
                    createdHere.add(moveId);
                } else {
                    merge(moveId, m, fromUnit, toUnit, document.published());
                    if (!createdHere.contains(moveId)) {
                        corroborated.add(moveId);
                    }
                }
                if (!exists("SELECT 1 FROM evidence WHERE move_id = ? AND document_id = ? AND start_offset = ?",
                        moveId, documentId, m.evidence().start())) {
                    insert("INSERT INTO evidence (move_id, document_id, sentence, start_offset, end_offset, role, move_date, "
                                    + "confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", moveId, documentId,
                            m.evidence().sentence(), m.evidence().start(), m.evidence().end(), m.role(), m.date(),
                            m.confidence());
                }
            }
            return new MoveStore.SaveResult(false, created, corroborated.size());
        });
    }

    /** A later report fills what the first left open and raises confidence; it never overwrites a known value. */
    private void merge(long moveId, Move m, Long fromUnit, Long toUnit, LocalDate published) throws SQLException {
        update("UPDATE moves SET role = COALESCE(role, ?), move_date = COALESCE(move_date, ?), "
                        + "from_unit_id = COALESCE(from_unit_id, ?), to_unit_id = COALESCE(to_unit_id, ?), "
                        + "confidence = CASE WHEN confidence < ? THEN ? ELSE confidence END, "
                        + "seniority = CASE WHEN seniority < ? THEN ? ELSE seniority END WHERE id = ?",
                m.role(), m.date(), fromUnit, toUnit, m.confidence(), m.confidence(),
                Seniority.of(m.role()).weight(), Seniority.of(m.role()).weight(), moveId);
        LocalDate when = happenedOn(m.date(), published);
        if (when != null) {
            // The earliest report dates a move whose own date is unknown.
            update("UPDATE moves SET happened_on = ? WHERE id = ? AND (happened_on IS NULL "
                    + "OR (move_date IS NULL AND happened_on > ?) OR (move_date = ? AND happened_on > ?))",
                    when, moveId, when, m.date(), when);
        }
    }

    /** "2025-02" is February 2025: the first day of the period stands for it. */
    static LocalDate happenedOn(String date, LocalDate published) {
        if (date != null) {
            try {
                if (date.matches("\\d{4}")) {
                    return LocalDate.of(Integer.parseInt(date), 1, 1);
                }
                if (date.matches("\\d{4}-\\d{2}")) {
                    return LocalDate.parse(date + "-01");
                }
                if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(date);
                }
            } catch (java.time.DateTimeException e) {
                // an impossible date falls back to the publication date
            }
        }
        return published;
    }

    private Long existingMove(long personId, String kind, Long fromOrg, Long toOrg) throws SQLException {
        return queryLong("SELECT id FROM moves WHERE person_id = ? AND kind = ? AND from_org_id IS NOT DISTINCT FROM ? "
                + "AND to_org_id IS NOT DISTINCT FROM ? ORDER BY id", personId, kind, fromOrg, toOrg);
    }

    private long person(String name) throws SQLException {
        String display = PersonNames.display(name);
        String key = PersonNames.key(display);
        Long id = queryLong("SELECT id FROM people WHERE person_key = ?", key);
        if (id == null) {
            return insert("INSERT INTO people (person_key, name) VALUES (?, ?)", key, display);
        }
        if (!exists("SELECT 1 FROM people WHERE id = ? AND name = ?", id, display)
                && !exists("SELECT 1 FROM person_aliases WHERE person_id = ? AND alias = ?", id, display)) {
            update("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)", id, display);
        }
        return id;
    }

    /** A name the gazetteer knows (by name or alias), else a new organization made on the fly. */
    private long org(String name, Long parent) throws SQLException {
        Long id = orgIdByName(name);
        if (id == null) {
            id = queryLong("SELECT id FROM organizations WHERE name_key = ? ORDER BY id", key(name));
        }
        if (id == null) {
            id = queryLong("SELECT org_id FROM org_aliases WHERE alias_key = ? ORDER BY org_id", key(name));
        }
        return id != null ? id : insertOrg(name, parent == null ? OrgKind.OTHER : OrgKind.UNIT, parent, null, null);
    }

    private Long unit(OrgRef ref, Long orgId) throws SQLException {
        return ref == null || ref.unit() == null ? null : org(ref.unit(), orgId);
    }

    private Long orgIdByName(String name) throws SQLException {
        return queryLong("SELECT id FROM organizations WHERE name = ?", name);
    }

    private long insertOrg(String name, OrgKind kind, Long parent, String ticker, String city) throws SQLException {
        return insert("INSERT INTO organizations (name, name_key, kind, parent_id, ticker, city) VALUES (?, ?, ?, ?, ?, ?)",
                name, key(name), kind.label(), parent, ticker, city);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    // --- JDBC plumbing: parameterized statements only ---

    interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("write failed and was rolled back", e);
        }
    }

    private boolean exists(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private Long queryLong(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
        }
    }

    private long insert(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof LocalDate d) {
                ps.setObject(i + 1, d);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }
}
