package org.talentflow.analytics;

import org.talentflow.storage.Sql;
import org.talentflow.storage.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Talent flows between organizations, counted in SQL: pairs for the Sankey diagram, balances per organization. */
final class FlowQueries {

    private final Sql sql;

    FlowQueries(Sql sql) {
        this.sql = sql;
    }

    /**
     * Moves with both ends known (kind move, and found with an origin), grouped by pair at the level. A move
     * between two units of one organization is not a flow at the parent level: Sankey diagrams cannot draw loops.
     */
    List<Flow> flows(LocalDate since, LocalDate until, FlowLevel level) {
        FlowRule rule = FlowRule.at(level);
        String from = rule.from();
        String to = rule.to();
        Where where = rule.candidates(since, until);
        Where each = rule.candidates(since, until).and(rule.distinctEnds());
        Map<List<String>, List<String>> people = new LinkedHashMap<>();
        sql.list("SELECT DISTINCT f.name, t.name, p.name FROM moves m JOIN people p ON p.id = m.person_id "
                        + "JOIN organizations f ON f.id = " + from + " JOIN organizations t ON t.id = " + to + each.sql()
                        + " ORDER BY f.name, t.name, p.name",
                rs -> people.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                        .add(rs.getString(3)), each.args());
        return sql.list("SELECT f.name, t.name, x.n FROM (SELECT " + from + " AS f_id, " + to + " AS t_id, COUNT(*) AS n "
                        + "FROM moves m" + where.sql() + " GROUP BY " + from + ", " + to + " HAVING " + rule.distinctEnds() + ") x "
                        + "JOIN organizations f ON f.id = x.f_id JOIN organizations t ON t.id = x.t_id "
                        + "ORDER BY x.n DESC, f.name, t.name",
                rs -> new Flow(rs.getString(1), rs.getString(2), rs.getInt(3),
                        people.getOrDefault(List.of(rs.getString(1), rs.getString(2)), List.of())), where.args());
    }

    /** Arrivals and departures per top-level organization; a move inside one organization is neither. */
    List<NetFlow> netFlows(LocalDate since, LocalDate until) {
        return netFlows(since, until, null);
    }

    /** The first limit of {@link #netFlows(LocalDate, LocalDate)}; all of them when limit is null. */
    List<NetFlow> netFlows(LocalDate since, LocalDate until, Integer limit) {
        Where arrived = new Where().and("m.to_org_id IS NOT NULL")
                .and("m.from_org_id IS DISTINCT FROM m.to_org_id").window(since, until);
        Where departed = new Where().and("m.from_org_id IS NOT NULL")
                .and("m.to_org_id IS DISTINCT FROM m.from_org_id").window(since, until);
        List<Object> args = new ArrayList<>(List.of(arrived.args()));
        args.addAll(List.of(departed.args()));
        if (limit != null) {
            args.add(limit);
        }
        // Counted per organization id, then named (names are unique): a million moves are not joined to names first.
        return sql.list("SELECT o.name, s.a, s.d, s.wa, s.wd FROM (SELECT x.org_id, SUM(x.arrived) AS a, SUM(x.departed) AS d, "
                        + "SUM(x.arrived * x.weight) AS wa, SUM(x.departed * x.weight) AS wd "
                        + "FROM (SELECT m.to_org_id AS org_id, 1 AS arrived, 0 AS departed, m.seniority AS weight FROM moves m"
                        + arrived.sql() + " UNION ALL SELECT m.from_org_id, 0, 1, m.seniority FROM moves m" + departed.sql()
                        + ") x GROUP BY x.org_id) s JOIN organizations o ON o.id = s.org_id "
                        + "ORDER BY s.a - s.d DESC, s.a DESC, o.name"
                        + (limit == null ? "" : " LIMIT ?"),
                rs -> new NetFlow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                args.toArray());
    }
}
