package org.talentflow.analytics;

import org.talentflow.storage.Sql;
import org.talentflow.storage.StoreSession;
import org.talentflow.storage.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One organization's talent analytics, its units included: where people went and came from, per quarter, startups. */
final class OrgAnalytics {

    private static final String[] FROM = {"m.from_org_id", "m.from_unit_id"};
    private static final String[] TO = {"m.to_org_id", "m.to_unit_id"};

    private final Sql sql;
    private final StoreSession store;

    OrgAnalytics(StoreSession store) {
        this.sql = store.sql();
        this.store = store;
    }

    /** Destinations: moves out grouped by where they went; sources: moves in grouped by where they came from. */
    List<Ranked> ranked(String organization, LocalDate since, LocalDate until, int limit, boolean destinations) {
        Long id = store.organizationId(organization);
        if (id == null) {
            return List.of();
        }
        List<Long> family = store.withUnits(id);
        String other = partner(destinations);
        Where where = partners(family, destinations).window(since, until);
        Map<String, List<String>> people = new LinkedHashMap<>();
        sql.list("SELECT DISTINCT o.name, p.name FROM moves m JOIN organizations o ON o.id = " + other
                        + " JOIN people p ON p.id = m.person_id" + where.sql() + " ORDER BY o.name, p.name",
                rs -> people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)), where.args());
        return sql.list("SELECT o.name, COUNT(*) FROM moves m JOIN organizations o ON o.id = " + other + where.sql()
                        + " GROUP BY o.name ORDER BY COUNT(*) DESC, o.name LIMIT ?",
                rs -> new Ranked(rs.getString(1), rs.getInt(2), people.getOrDefault(rs.getString(1), List.of())),
                where.args(Math.max(0, limit)));
    }

    /** The organization at the other end of a family's moves: where they went (destinations), or came from. */
    static String partner(boolean destinations) {
        return destinations ? "m.to_org_id" : "m.from_org_id";
    }

    /**
     * The moves that count for a family's destinations (or sources): out of the family (its organizations or units on
     * that side) to an organization outside it. The one definition for the full answer and the page's plain path.
     */
    static Where partners(List<Long> family, boolean destinations) {
        String other = partner(destinations);
        return new Where().anyIn(family, destinations ? FROM : TO).and(other + " IS NOT NULL")
                .and(other + " NOT IN (" + Sql.marks(family.size()) + ")", family.toArray());
    }

    /** The moves that count on one side of a family: its organizations or units are where they left (or reached). */
    static Where side(List<Long> family, boolean departures) {
        return new Where().anyIn(family, departures ? FROM : TO);
    }

    /**
     * An organization's trend: arrivals and departures per calendar quarter, every quarter from the first to the last
     * (quiet ones as zeros), and apart from them, per year, the moves dated only by their year.
     */
    record Trend(List<QuarterFlow> quarters, List<YearFlow> yearOnly) {
    }

    /** Arrivals and departures per calendar quarter (see {@link Trend}); moves dated only by a year are left out. */
    List<QuarterFlow> quarterlyTrend(String organization) {
        Long id = store.organizationId(organization);
        return id == null ? List.of() : trend(store.withUnits(id), true).quarters();
    }

    /**
     * The trend of a family (an organization and its units) from the side_quarters summary, which holds each dated
     * move once on the side it left and once on the side it reached: a move into the family counts as an arrival,
     * one out of it as a departure, one between two of its units as both. A move dated "2024" is stored on
     * 2024-01-01, so the summary holds it in the first quarter: it is taken out of it and counted apart, since a
     * chart that put it in January would say something no article said.
     */
    Trend trend(List<Long> family, boolean unitsStoredElsewhere) {
        List<QuarterFlow> stored = storedQuarters(family, unitsStoredElsewhere);
        List<Integer> years = stored.stream().filter(q -> q.quarter() == 1).map(QuarterFlow::year).toList();
        List<YearFlow> yearOnly = years.isEmpty() ? List.of() : yearOnly(family, unitsStoredElsewhere, years);
        Map<Integer, YearFlow> byYear = new HashMap<>();
        yearOnly.forEach(y -> byYear.put(y.year(), y));
        List<QuarterFlow> quarters = stored.stream().map(q -> {
            YearFlow y = q.quarter() == 1 ? byYear.get(q.year()) : null;
            return y == null ? q : new QuarterFlow(q.year(), 1, q.arrivals() - y.arrivals(), q.departures() - y.departures());
        }).toList();
        return new Trend(QuarterFlow.everyQuarter(quarters), yearOnly);
    }

    private List<QuarterFlow> storedQuarters(List<Long> family, boolean unitsStoredElsewhere) {
        if (!sql.keepsSummaries()) {
            return countedQuarters(family);
        }
        String in = " IN (" + Sql.marks(family.size()) + ")";
        String counts = "SELECT EXTRACT(YEAR FROM s.quarter_start) AS y, EXTRACT(QUARTER FROM s.quarter_start) AS q, "
                + "CASE WHEN s.side = 'i' THEN s.moves ELSE 0 END AS arrived, CASE WHEN s.side = 'o' THEN s.moves ELSE 0 END AS departed "
                + "FROM side_quarters s WHERE ";
        List<Object> args = new ArrayList<>(family);
        String rows = counts + "s.org_id" + in;
        if (unitsStoredElsewhere) {
            // Two exact halves rather than one OR: rows of the family's organizations, and rows of its units stored
            // under an organization outside it (a unit placed under a new parent after its moves were stored).
            rows += " UNION ALL " + counts + "s.unit_id" + in + " AND s.org_id NOT" + in;
            args.addAll(family);
            args.addAll(family);
        }
        return sql.list("SELECT y, q, SUM(arrived), SUM(departed) FROM (" + rows + ") x GROUP BY y, q ORDER BY y, q",
                rs -> new QuarterFlow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), args.toArray());
    }

    /**
     * What side_quarters holds for a family, counted from the moves on a store without summaries (DuckDB): every dated
     * move once on each side of the family it names, by the quarter of happened_on.
     */
    private List<QuarterFlow> countedQuarters(List<Long> family) {
        Where arrived = side(family, false);
        Where departed = side(family, true);
        Where either = new Where().and("m.happened_on IS NOT NULL")
                .and("(" + arrived.sql().substring(" WHERE ".length()) + " OR " + departed.sql().substring(" WHERE ".length()) + ")");
        List<Object> args = new ArrayList<>(List.of(arrived.args()));
        args.addAll(List.of(departed.args()));
        args.addAll(List.of(arrived.args()));
        args.addAll(List.of(departed.args()));
        return sql.list("SELECT EXTRACT(YEAR FROM m.happened_on) AS y, EXTRACT(QUARTER FROM m.happened_on) AS q, "
                        + "SUM(CASE WHEN " + arrived.sql().substring(" WHERE ".length()) + " THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN " + departed.sql().substring(" WHERE ".length()) + " THEN 1 ELSE 0 END) FROM moves m"
                        + either.sql() + " GROUP BY y, q ORDER BY y, q",
                rs -> new QuarterFlow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), args.toArray());
    }

    /**
     * The family's moves dated by a year alone in those years, counted on each side as side_quarters counts them.
     * Read by the index on (organization, happened_on) at the years' first days only, so a giant costs no more.
     */
    private List<YearFlow> yearOnly(List<Long> family, boolean unitsStoredElsewhere, List<Integer> years) {
        String in = " IN (" + Sql.marks(family.size()) + ")";
        Map<Integer, int[]> counts = new TreeMap<>();
        for (int side = 0; side < 2; side++) {
            String org = side == 0 ? "m.to_org_id" : "m.from_org_id";
            String unit = side == 0 ? "m.to_unit_id" : "m.from_unit_id";
            List<Object> args = new ArrayList<>(family);
            String ours = org + in;
            if (unitsStoredElsewhere) {
                ours = "(" + ours + " OR (" + unit + in + " AND " + org + " NOT" + in + "))";
                args.addAll(family);
                args.addAll(family);
            }
            years.forEach(y -> args.add(LocalDate.of(y, 1, 1)));
            int column = side;
            sql.list("SELECT m.happened_on, COUNT(*) FROM moves m WHERE " + ours + " AND m.happened_on IN ("
                            + Sql.marks(years.size()) + ") AND CHAR_LENGTH(m.move_date) = 4 GROUP BY m.happened_on",
                    rs -> counts.computeIfAbsent(rs.getObject(1, LocalDate.class).getYear(), k -> new int[2])[column] += rs.getInt(2),
                    args.toArray());
        }
        return counts.entrySet().stream().map(e -> new YearFlow(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Startups founded by people who left the organization, with their cities, the newest first. */
    List<AlumniStartup> alumniStartups(String organization) {
        Long id = store.organizationId(organization);
        if (id == null) {
            return List.of();
        }
        Where where = new Where().and("m.kind = ?", "found").anyIn(store.withUnits(id), FROM);
        return sql.list("SELECT p.name, t.name, t.city, m.move_date FROM moves m JOIN people p ON p.id = m.person_id "
                        + "JOIN organizations t ON t.id = m.to_org_id" + where.sql()
                        + " ORDER BY m.happened_on DESC NULLS LAST, t.name",
                rs -> new AlumniStartup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                where.args());
    }

    /** Distinct startups founded by alumni, those with a known city, and those in the organization's own city. */
    HomeCityShare homeCityShare(String organization) {
        Long id = store.organizationId(organization);
        if (id == null) {
            return new HomeCityShare(null, 0, 0, 0);
        }
        String city = sql.queryString("SELECT city FROM organizations WHERE id = ?", id);
        // From the pair summary (V7_2), one branch per column so that each reads its index: the moves themselves
        // are a random read per founder, which a giant's page under load cannot afford.
        List<Long> family = store.withUnits(id);
        if (!sql.keepsSummaries()) {
            // No pair summary (DuckDB): the founders' moves themselves, by the same rule.
            Where founded = side(family, true).and("m.kind = 'found'").and("m.to_org_id IS NOT NULL");
            List<Object> args = new ArrayList<>();
            args.add(city);
            args.addAll(List.of(founded.args()));
            return sql.first("SELECT COUNT(*), COUNT(t.city), COUNT(CASE WHEN LOWER(t.city) = LOWER(?) THEN 1 END) "
                            + "FROM (SELECT DISTINCT m.to_org_id AS id FROM moves m" + founded.sql() + ") s "
                            + "JOIN organizations t ON t.id = s.id",
                    rs -> new HomeCityShare(city, rs.getInt(1), rs.getInt(2), rs.getInt(3)), args.toArray()).orElseThrow();
        }
        String marks = Sql.marks(family.size());
        List<Object> args = new ArrayList<>();
        args.add(city);
        args.addAll(family);
        args.addAll(family);
        return sql.first("SELECT COUNT(*), COUNT(t.city), COUNT(CASE WHEN LOWER(t.city) = LOWER(?) THEN 1 END) "
                        + "FROM (SELECT p.to_org_id AS id FROM pair_totals p WHERE p.kind = 'found' AND p.from_org_id IN (" + marks
                        + ") UNION SELECT p.to_org_id FROM pair_totals p WHERE p.kind = 'found' AND p.from_unit_id IN (" + marks
                        + ")) s JOIN organizations t ON t.id = s.id",
                rs -> new HomeCityShare(city, rs.getInt(1), rs.getInt(2), rs.getInt(3)), args.toArray()).orElseThrow();
    }
}
