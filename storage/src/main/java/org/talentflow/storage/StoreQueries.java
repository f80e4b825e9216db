package org.talentflow.storage;

import org.talentflow.core.domain.MoveKind;
import org.talentflow.core.domain.OrgKind;
import org.talentflow.core.domain.Organization;
import org.talentflow.core.resolve.PersonNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store's read models: moves with evidence, a person, an organization rolled up over its units, flows. */
final class StoreQueries {

    private static final String MOVE_COLUMNS = "SELECT m.id, p.name AS person, m.kind, fo.name AS from_org, "
            + "fu.name AS from_unit, t.name AS to_org, tu.name AS to_unit, m.role, m.move_date, m.confidence "
            + "FROM moves m JOIN people p ON p.id = m.person_id "
            + "LEFT JOIN organizations fo ON fo.id = m.from_org_id LEFT JOIN organizations fu ON fu.id = m.from_unit_id "
            + "LEFT JOIN organizations t ON t.id = m.to_org_id LEFT JOIN organizations tu ON tu.id = m.to_unit_id ";
    private static final String NEWEST_FIRST = " ORDER BY m.happened_on DESC NULLS LAST, m.id DESC";
    private static final String OLDEST_FIRST = " ORDER BY m.happened_on ASC NULLS LAST, m.id ASC";

    private final Connection c;

    StoreQueries(Connection connection) {
        this.c = connection;
    }

    List<StoredMove> moves(MoveStore.MoveQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.person() != null) {
            where.append(" AND p.person_key = ?");
            args.add(PersonNames.key(q.person()));
        }
        if (q.organization() != null) {
            Long org = orgId(q.organization());
            if (org == null) {
                return List.of();
            }
            where.append(" AND (m.from_org_id = ? OR m.from_unit_id = ? OR m.to_org_id = ? OR m.to_unit_id = ?)");
            Collections.addAll(args, org, org, org, org);
        }
        window(where, args, q.since(), q.until());
        String limit = q.limit() == null ? "" : " LIMIT " + Math.max(0, q.limit());
        return select(MOVE_COLUMNS + where + NEWEST_FIRST + limit, args.toArray());
    }

    List<StoredMove> movesById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return select(MOVE_COLUMNS + " WHERE m.id IN (" + marks + ")" + NEWEST_FIRST, ids.toArray());
    }

    Optional<PersonView> person(String name) {
        try {
            Long id = queryLong("SELECT id FROM people WHERE person_key = ?", PersonNames.key(name));
            if (id == null) {
                id = queryLong("SELECT person_id FROM person_aliases WHERE LOWER(alias) = LOWER(?)", PersonNames.display(name));
            }
            if (id == null) {
                return Optional.empty();
            }
            String display = queryString("SELECT name FROM people WHERE id = ?", id);
            List<String> aliases = strings("SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias", id);
            List<StoredMove> moves = select(MOVE_COLUMNS + " WHERE m.person_id = ?" + OLDEST_FIRST, id);
            return Optional.of(new PersonView(display, aliases, moves));
        } catch (SQLException e) {
            throw new StoreException("person query failed", e);
        }
    }

    Optional<OrgView> organization(String name) {
        try {
            Long id = orgId(name);
            if (id == null) {
                return Optional.empty();
            }
            Organization org;
            try (PreparedStatement ps = prepare("SELECT o.name, o.kind, p.name, o.ticker, o.city FROM organizations o "
                    + "LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.id = ?", id); ResultSet rs = ps.executeQuery()) {
                rs.next();
                org = new Organization(rs.getString(1), OrgKind.fromLabel(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5),
                        strings("SELECT alias FROM org_aliases WHERE org_id = ? ORDER BY alias", id));
            }
            List<String> units = strings("SELECT name FROM organizations WHERE parent_id = ? ORDER BY name", id);
            String from = " WHERE (m.from_org_id = ? OR m.from_unit_id = ?)";
            List<StoredMove> departures = select(MOVE_COLUMNS + from + NEWEST_FIRST, id, id);
            List<StoredMove> arrivals = select(MOVE_COLUMNS + " WHERE (m.to_org_id = ? OR m.to_unit_id = ?)" + NEWEST_FIRST, id, id);
            List<StoredMove> founders = select(MOVE_COLUMNS + from + " AND m.kind = 'found'" + NEWEST_FIRST, id, id);
            return Optional.of(new OrgView(org, units, departures, arrivals, founders));
        } catch (SQLException e) {
            throw new StoreException("organization query failed", e);
        }
    }

    /** Counts per pair in SQL; the people of each pair come from one more grouped query. */
    List<MoveStore.Flow> flows(LocalDate since, LocalDate until, MoveStore.FlowLevel level) {
        String fromCol = level == MoveStore.FlowLevel.UNIT ? "COALESCE(m.from_unit_id, m.from_org_id)" : "m.from_org_id";
        String toCol = level == MoveStore.FlowLevel.UNIT ? "COALESCE(m.to_unit_id, m.to_org_id)" : "m.to_org_id";
        StringBuilder where = new StringBuilder(" WHERE m.from_org_id IS NOT NULL AND m.to_org_id IS NOT NULL"
                + " AND m.kind IN ('move', 'found')");
        List<Object> args = new ArrayList<>();
        window(where, args, since, until);
        String pairs = "SELECT f.name, t.name, x.n FROM (SELECT " + fromCol + " AS f_id, " + toCol + " AS t_id, COUNT(*) AS n "
                + "FROM moves m" + where + " GROUP BY " + fromCol + ", " + toCol + ") x "
                + "JOIN organizations f ON f.id = x.f_id JOIN organizations t ON t.id = x.t_id ORDER BY x.n DESC, f.name, t.name";
        String people = "SELECT DISTINCT f.name, t.name, p.name FROM moves m JOIN people p ON p.id = m.person_id "
                + "JOIN organizations f ON f.id = " + fromCol + " JOIN organizations t ON t.id = " + toCol + where
                + " ORDER BY f.name, t.name, p.name";
        try {
            Map<List<String>, List<String>> names = new LinkedHashMap<>();
            try (PreparedStatement ps = prepare(people, args.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            List<MoveStore.Flow> flows = new ArrayList<>();
            try (PreparedStatement ps = prepare(pairs, args.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> pair = List.of(rs.getString(1), rs.getString(2));
                    flows.add(new MoveStore.Flow(pair.get(0), pair.get(1), rs.getInt(3), names.getOrDefault(pair, List.of())));
                }
            }
            return flows;
        } catch (SQLException e) {
            throw new StoreException("flow query failed", e);
        }
    }

    List<MoveStore.NetFlow> netFlows(LocalDate since, LocalDate until) {
        StringBuilder window = new StringBuilder();
        List<Object> args = new ArrayList<>();
        window(window, args, since, until);
        List<Object> both = new ArrayList<>(args);
        both.addAll(args);
        String sql = "SELECT o.name, SUM(x.arrived), SUM(x.departed), SUM(x.arrived * x.weight), SUM(x.departed * x.weight) "
                + "FROM (SELECT m.to_org_id AS org_id, 1 AS arrived, 0 AS departed, m.seniority AS weight FROM moves m "
                + "WHERE m.to_org_id IS NOT NULL" + window
                + " UNION ALL SELECT m.from_org_id, 0, 1, m.seniority FROM moves m WHERE m.from_org_id IS NOT NULL" + window
                + ") x JOIN organizations o ON o.id = x.org_id GROUP BY o.name "
                + "ORDER BY SUM(x.arrived) - SUM(x.departed) DESC, SUM(x.arrived) DESC, o.name";
        List<MoveStore.NetFlow> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, both.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new MoveStore.NetFlow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw new StoreException("net flow query failed", e);
        }
        return out;
    }

    List<MoveStore.Ranked> ranked(String organization, LocalDate since, LocalDate until, int limit, boolean destinations) {
        Long org = orgId(organization);
        if (org == null) {
            return List.of();
        }
        // Destinations: moves out of the organization grouped by where they went; sources: the other way round.
        String here = destinations ? "(m.from_org_id = ? OR m.from_unit_id = ?)" : "(m.to_org_id = ? OR m.to_unit_id = ?)";
        String other = destinations ? "m.to_org_id" : "m.from_org_id";
        StringBuilder where = new StringBuilder(" WHERE " + here + " AND " + other + " IS NOT NULL AND " + other + " <> ?");
        List<Object> args = new ArrayList<>(List.of(org, org, org));
        window(where, args, since, until);
        String sql = "SELECT o.name, p.name FROM moves m JOIN organizations o ON o.id = " + other
                + " JOIN people p ON p.id = m.person_id" + where + " ORDER BY o.name, p.name";
        Map<String, List<String>> people = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(sql, args.toArray()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException("ranking query failed", e);
        }
        List<MoveStore.Ranked> ranked = new ArrayList<>();
        people.forEach((name, who) -> ranked.add(new MoveStore.Ranked(name, who.size(), who.stream().distinct().toList())));
        ranked.sort(java.util.Comparator.comparingInt(MoveStore.Ranked::moves).reversed()
                .thenComparing(MoveStore.Ranked::organization));
        return ranked.subList(0, Math.min(Math.max(0, limit), ranked.size()));
    }

    List<MoveStore.QuarterFlow> quarterlyTrend(String organization) {
        Long org = orgId(organization);
        if (org == null) {
            return List.of();
        }
        String sql = "SELECT y, q, SUM(arrived), SUM(departed) FROM ("
                + "SELECT EXTRACT(YEAR FROM m.happened_on) AS y, EXTRACT(QUARTER FROM m.happened_on) AS q, "
                + "CASE WHEN m.to_org_id = ? OR m.to_unit_id = ? THEN 1 ELSE 0 END AS arrived, "
                + "CASE WHEN m.from_org_id = ? OR m.from_unit_id = ? THEN 1 ELSE 0 END AS departed "
                + "FROM moves m WHERE m.happened_on IS NOT NULL AND (m.to_org_id = ? OR m.to_unit_id = ? "
                + "OR m.from_org_id = ? OR m.from_unit_id = ?)) x GROUP BY y, q ORDER BY y, q";
        List<MoveStore.QuarterFlow> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, org, org, org, org, org, org, org, org); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new MoveStore.QuarterFlow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("trend query failed", e);
        }
        return out;
    }

    List<MoveStore.AlumniStartup> alumniStartups(String organization) {
        Long org = orgId(organization);
        if (org == null) {
            return List.of();
        }
        String sql = "SELECT p.name, t.name, t.city, m.move_date FROM moves m JOIN people p ON p.id = m.person_id "
                + "JOIN organizations t ON t.id = m.to_org_id WHERE m.kind = 'found' AND (m.from_org_id = ? OR m.from_unit_id = ?) "
                + "ORDER BY m.happened_on DESC NULLS LAST, t.name";
        List<MoveStore.AlumniStartup> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, org, org); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new MoveStore.AlumniStartup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("alumni query failed", e);
        }
        return out;
    }

    MoveStore.Counts counts() {
        try {
            return new MoveStore.Counts(count("documents"), count("people"), count("organizations"), count("moves"),
                    count("evidence"));
        } catch (SQLException e) {
            throw new StoreException("count failed", e);
        }
    }

    /** Inclusive window on when the move happened; undated moves only show when there is no window. */
    private static void window(StringBuilder where, List<Object> args, LocalDate since, LocalDate until) {
        if (since != null) {
            where.append(" AND m.happened_on >= ?");
            args.add(since);
        }
        if (until != null) {
            where.append(" AND m.happened_on <= ?");
            args.add(until);
        }
    }

    private Long orgId(String name) {
        try {
            String key = StoreWriter.key(name);
            Long id = queryLong("SELECT id FROM organizations WHERE name_key = ? ORDER BY id", key);
            return id != null ? id : queryLong("SELECT org_id FROM org_aliases WHERE alias_key = ? ORDER BY org_id", key);
        } catch (SQLException e) {
            throw new StoreException("organization lookup failed", e);
        }
    }

    private List<StoredMove> select(String sql, Object... args) {
        try {
            List<long[]> ids = new ArrayList<>();
            List<StoredMove> partial = new ArrayList<>();
            try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    partial.add(new StoredMove(rs.getLong("id"), rs.getString("person"), MoveKind.fromLabel(rs.getString("kind")),
                            rs.getString("from_org"), rs.getString("from_unit"), rs.getString("to_org"), rs.getString("to_unit"),
                            rs.getString("role"), rs.getString("move_date"), rs.getDouble("confidence"), List.of()));
                }
            }
            Map<Long, List<StoredEvidence>> evidence = evidence(partial.stream().map(StoredMove::id).toList());
            List<StoredMove> moves = new ArrayList<>(partial.size());
            for (StoredMove m : partial) {
                moves.add(new StoredMove(m.id(), m.person(), m.kind(), m.fromOrganization(), m.fromUnit(), m.toOrganization(),
                        m.toUnit(), m.role(), m.date(), m.confidence(), evidence.getOrDefault(m.id(), List.of())));
            }
            return moves;
        } catch (SQLException e) {
            throw new StoreException("move query failed", e);
        }
    }

    private Map<Long, List<StoredEvidence>> evidence(List<Long> moveIds) throws SQLException {
        Map<Long, List<StoredEvidence>> byMove = new LinkedHashMap<>();
        for (int from = 0; from < moveIds.size(); from += 500) {
            List<Long> chunk = moveIds.subList(from, Math.min(moveIds.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            String sql = "SELECT e.move_id, d.name, d.url, d.title, d.published, e.sentence, e.start_offset, e.end_offset, "
                    + "e.confidence FROM evidence e JOIN documents d ON d.id = e.document_id WHERE e.move_id IN (" + marks
                    + ") ORDER BY e.move_id, d.published NULLS LAST, d.name, e.start_offset";
            try (PreparedStatement ps = prepare(sql, chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byMove.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredEvidence(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7),
                            rs.getInt(8), rs.getDouble(9)));
                }
            }
        }
        return byMove;
    }

    private int count(String table) throws SQLException {
        // table names come from the fixed list in counts(), never from input
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<String> strings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Long queryLong(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private String queryString(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        StoreWriter.bind(ps, args);
        return ps;
    }
}
