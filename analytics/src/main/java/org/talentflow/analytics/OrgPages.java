package org.talentflow.analytics;

import org.talentflow.storage.OrgView;
import org.talentflow.storage.Sql;
import org.talentflow.storage.StoreSession;
import org.talentflow.storage.StoredMove;
import org.talentflow.storage.Where;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organization's page on one read connection, from the summaries the store keeps (org_pairs, pair_totals,
 * side_totals, side_quarters; migration V7_2) and newest-first index reads, so that it costs about the same for any
 * organization; on a store without summaries (DuckDB) from aggregations of the moves.
 */
final class OrgPages {

    private static final String NEWEST = " ORDER BY m.happened_on DESC NULLS LAST, m.reported_on DESC NULLS LAST, m.id DESC";

    private final StoreSession store;
    private final Sql sql;

    OrgPages(StoreSession store) {
        this.store = store;
        this.sql = store.sql();
    }

    Optional<OrganizationPage> page(String name, int offset, int limit, int ranked, int people) {
        Optional<OrgView> found = store.organization(name, offset, limit);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OrgView view = found.get();
        List<Long> family = store.withUnits(store.organizationId(view.organization().name()));
        boolean strays = unitsStoredElsewhere(family);
        OrgAnalytics.Trend trend = new OrgAnalytics(store).trend(family, strays);
        return Optional.of(new OrganizationPage(view, ranked(family, strays, ranked, people, true),
                ranked(family, strays, ranked, people, false), trend.quarters(), trend.yearOnly(),
                startups(view.alumniFounders().moves())));
    }

    /**
     * Whether a unit of the family has moves stored under an organization outside it (the unit was given a new
     * parent after they were stored). Almost never: then every count of the family reads its organizations' rows only.
     */
    boolean unitsStoredElsewhere(List<Long> family) {
        String in = " IN (" + Sql.marks(family.size()) + ")";
        List<Object> args = new ArrayList<>(family);
        args.addAll(family);
        if (!sql.keepsSummaries()) {
            args.addAll(family);
            args.addAll(family);
            return sql.exists("SELECT 1 FROM moves m WHERE (m.from_unit_id" + in + " AND m.from_org_id NOT" + in
                    + ") OR (m.to_unit_id" + in + " AND m.to_org_id NOT" + in + ")", args.toArray());
        }
        return sql.exists("SELECT 1 FROM side_totals WHERE unit_id" + in + " AND org_id NOT" + in, args.toArray());
    }

    /**
     * Destinations (where moves out of the family went) or sources, most moves first then by name, as
     * OrgAnalytics.ranked counts them over all time; each with up to people of its latest people. The counts come
     * from org_pairs (by stored organization) and, when units of the family are stored elsewhere, pair_totals.
     */
    List<Ranked> ranked(List<Long> family, boolean strays, int limit, int people, boolean destinations) {
        if (limit <= 0) {
            return List.of();
        }
        if (!sql.keepsSummaries()) {
            return rankedFromMoves(family, limit, people, destinations);
        }
        String own = destinations ? "from" : "to";
        String other = destinations ? "to" : "from";
        String in = " IN (" + Sql.marks(family.size()) + ")";
        List<Long> owners = owners(family, destinations);
        List<long[]> groups;
        if (owners.size() == 1 && !strays) {
            // One stored organization, one row per partner: the biggest are the top of the index.
            String rows = " FROM org_pairs p" + sql.useIndex("org_pairs_" + own + "_biggest") + " WHERE p." + own + "_org_id = ? AND p."
                    + other + "_org_id NOT" + in;
            Long threshold = sql.queryLong("SELECT p.moves" + rows + " ORDER BY p." + own + "_org_id, p.moves DESC LIMIT 1 OFFSET ?",
                    concat(owners, family, List.of(limit - 1)));
            groups = new ArrayList<>(sql.list("SELECT p." + other + "_org_id, p.moves" + rows + " AND p.moves >= ?",
                    rs -> new long[]{rs.getLong(1), rs.getLong(2)}, concat(owners, family, List.of(threshold == null ? 1 : threshold))));
        } else {
            List<Object> args = new ArrayList<>(family);
            args.addAll(family);
            String counts = "SELECT p." + other + "_org_id AS other, p.moves AS n FROM org_pairs p WHERE p." + own + "_org_id" + in
                    + " AND p." + other + "_org_id NOT" + in;
            if (strays) {
                counts += " UNION ALL SELECT p." + other + "_org_id, p.moves FROM pair_totals p WHERE p." + own + "_unit_id" + in
                        + " AND p." + own + "_org_id NOT" + in + " AND p." + other + "_org_id NOT" + in;
                for (int list = 0; list < 3; list++) {
                    args.addAll(family);
                }
            }
            groups = new ArrayList<>(sql.list("SELECT x.other, SUM(x.n) FROM (" + counts + ") x GROUP BY x.other",
                    rs -> new long[]{rs.getLong(1), rs.getLong(2)}, args.toArray()));
        }
        groups.sort((x, y) -> Long.compare(y[1], x[1]));
        // Names only for the groups that can make the page (at least the limit-th biggest count), ordered by the database.
        long threshold = groups.size() < limit ? 0 : groups.get(limit - 1)[1];
        List<Object> named = new ArrayList<>();
        int candidates = 0;
        for (long[] g : groups) {
            if (g[1] >= threshold) {
                named.add(g[0]);
                named.add(g[1]);
                candidates++;
            }
        }
        named.add(limit);
        List<Object[]> rows = candidates == 0 ? List.of() : sql.list("SELECT v.other, o.name, v.n FROM (VALUES "
                        + String.join(", ", java.util.Collections.nCopies(candidates, "(?, ?)")) + ") AS v (other, n) "
                        + "JOIN organizations o ON o.id = v.other ORDER BY v.n DESC, o.name LIMIT ?",
                rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getInt(3)}, named.toArray());
        Map<Long, List<String>> who = rankedPeople(family, owners, strays, rows.stream().map(r -> (Long) r[0]).toList(), people,
                destinations);
        List<Ranked> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Ranked((String) r[1], (Integer) r[2], who.getOrDefault((Long) r[0], List.of())));
        }
        return out;
    }

    /**
     * Up to max of the latest people per destination (or source), in name order: one newest-first read of the pair
     * index per stored pair of organizations linking the family to it (one, unless units are stored elsewhere; then
     * each link names its own latest people).
     */
    private Map<Long, List<String>> rankedPeople(List<Long> family, List<Long> owners, boolean strays, List<Long> others, int max,
                                                 boolean destinations) {
        if (others.isEmpty() || max <= 0) {
            return Map.of();
        }
        String own = destinations ? "from" : "to";
        String other = destinations ? "to" : "from";
        String in = " IN (" + Sql.marks(family.size()) + ")";
        String otherIn = " IN (" + Sql.marks(others.size()) + ")";
        // The family's own stored organizations (usually just itself) against each of the others; a pair with no
        // moves costs one index probe. Units stored under an organization outside the family add their pairs.
        List<List<Long>> pairs = new ArrayList<>();
        for (long owner : owners) {
            for (long o : others) {
                pairs.add(destinations ? List.of(owner, o) : List.of(o, owner));
            }
        }
        if (strays) {
            pairs.addAll(sql.list("SELECT DISTINCT p.from_org_id, p.to_org_id FROM pair_totals p WHERE p." + own + "_unit_id" + in
                            + " AND p." + own + "_org_id NOT" + in + " AND p." + other + "_org_id" + otherIn,
                    rs -> List.of(rs.getLong(1), rs.getLong(2)), concat(family, family, others)));
        }
        Where where = new Where().and("m.from_org_id = v.a").and("m.to_org_id = v.b").anyIn(family, "m." + own + "_org_id", "m." + own + "_unit_id");
        Map<Long, List<String>> who = new HashMap<>();
        LatestPeople.of(sql, pairs, "m.from_org_id, m.to_org_id", "moves_pair_newest", where.sql().substring(" WHERE ".length()), List.of(where.args()), max)
                .forEach((pair, names) -> {
                    List<String> group = who.computeIfAbsent(destinations ? pair.get(1) : pair.get(0), k -> new ArrayList<>());
                    names.stream().filter(n -> !group.contains(n) && group.size() < max).forEach(group::add);
                });
        return who;
    }

    /**
     * {@link #ranked} on a store without summaries (DuckDB): the moves OrgAnalytics.ranked counts, counted in one
     * aggregation, and each partner's latest people read by partner alone (LatestPeople's second key unused).
     */
    private List<Ranked> rankedFromMoves(List<Long> family, int limit, int people, boolean destinations) {
        String other = OrgAnalytics.partner(destinations);
        Where where = OrgAnalytics.partners(family, destinations);
        List<Object[]> rows = sql.list("SELECT o.id, o.name, COUNT(*) FROM moves m JOIN organizations o ON o.id = " + other
                        + where.sql() + " GROUP BY o.id, o.name ORDER BY COUNT(*) DESC, o.name LIMIT ?",
                rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getInt(3)}, where.args(limit));
        Where theirs = OrgAnalytics.side(family, destinations).and(other + " = v.a");
        Map<List<Long>, List<String>> who = LatestPeople.of(sql, rows.stream().map(r -> List.of((Long) r[0], 0L)).toList(),
                other, "", theirs.sql().substring(" WHERE ".length()), List.of(theirs.args()), people);
        List<Ranked> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Ranked((String) r[1], (Integer) r[2], who.getOrDefault(List.of((Long) r[0], 0L), List.of())));
        }
        return out;
    }

    /** The family's organizations that moves are stored under on that side (usually just the family's head). */
    private List<Long> owners(List<Long> family, boolean destinations) {
        return sql.list("SELECT DISTINCT org_id FROM side_totals WHERE side = ? AND org_id IN (" + Sql.marks(family.size()) + ")",
                rs -> rs.getLong(1), concat(List.of(destinations ? "o" : "i"), family));
    }

    @SafeVarargs
    private static Object[] concat(List<?>... lists) {
        List<Object> all = new ArrayList<>();
        for (List<?> list : lists) {
            all.addAll(list);
        }
        return all.toArray();
    }

    /** The startups of the founders on the page, with their cities, newest first. */
    private List<AlumniStartup> startups(List<StoredMove> founders) {
        if (founders.isEmpty()) {
            return List.of();
        }
        Where where = new Where().anyIn(founders.stream().map(StoredMove::id).toList(), "m.id");
        return sql.list("SELECT p.name, t.name, t.city, m.move_date FROM moves m JOIN people p ON p.id = m.person_id "
                        + "JOIN organizations t ON t.id = m.to_org_id" + where.sql() + NEWEST,
                rs -> new AlumniStartup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), where.args());
    }
}
