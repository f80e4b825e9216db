package org.talentflow.analytics;

import org.talentflow.storage.OrgView;
import org.talentflow.storage.Sql;
import org.talentflow.storage.StoreSession;
import org.talentflow.storage.StoredMove;
import org.talentflow.storage.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An organization's page on one read connection, from the summaries the store keeps (pair_totals, side_months;
 * migration V7_2) and newest-first index reads, so that it costs about the same for any organization.
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
        OrgAnalytics analytics = new OrgAnalytics(store);
        return Optional.of(new OrganizationPage(view, ranked(family, ranked, people, true), ranked(family, ranked, people, false),
                analytics.quarterlyTrend(family), startups(view.alumniFounders().moves())));
    }

    /**
     * Destinations (where moves out of the family went) or sources, most moves first then by name, as
     * OrgAnalytics.ranked counts them over all time; each with up to people of its latest people. The counts come
     * from org_pairs (by stored organization) and, for units of the family stored under an organization outside
     * it, from pair_totals.
     */
    List<Ranked> ranked(List<Long> family, int limit, int people, boolean destinations) {
        String own = destinations ? "from" : "to";
        String other = destinations ? "to" : "from";
        String in = " IN (" + Sql.marks(family.size()) + ")";
        List<Object> args = new ArrayList<>();
        for (int list = 0; list < 5; list++) { // own IN, other NOT IN; unit IN, own NOT IN, other NOT IN
            args.addAll(family);
        }
        String counts = "SELECT x.other, SUM(x.n) AS n FROM (SELECT p." + other + "_org_id AS other, p.moves AS n FROM org_pairs p "
                + "WHERE p." + own + "_org_id" + in + " AND p." + other + "_org_id NOT" + in
                + " UNION ALL SELECT p." + other + "_org_id, p.moves FROM pair_totals p WHERE p." + own + "_unit_id" + in
                + " AND p." + own + "_org_id NOT" + in + " AND p." + other + "_org_id NOT" + in + ") x GROUP BY x.other";
        args.add(limit - 1);
        args.add(limit);
        // Names only for the groups that can make the page: at least the limit-th biggest count.
        List<Object[]> rows = limit <= 0 ? List.of() : sql.list("WITH c AS (" + counts + ") SELECT c.other, o.name, c.n FROM c "
                        + "JOIN organizations o ON o.id = c.other WHERE c.n >= COALESCE((SELECT n FROM c ORDER BY n DESC LIMIT 1 OFFSET ?), 0) "
                        + "ORDER BY c.n DESC, o.name LIMIT ?",
                rs -> new Object[]{rs.getLong(1), rs.getString(2), rs.getInt(3)}, args.toArray());
        Map<Long, List<String>> who = rankedPeople(family, rows.stream().map(r -> (Long) r[0]).toList(), people, destinations);
        List<Ranked> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Ranked((String) r[1], (Integer) r[2], who.getOrDefault((Long) r[0], List.of())));
        }
        return out;
    }

    /**
     * Up to max of the latest people per destination (or source), in name order: one newest-first read of the pair index per stored pair of
     * top-level organizations that links the family to it (usually one: the family's own organization).
     */
    private Map<Long, List<String>> rankedPeople(List<Long> family, List<Long> others, int max, boolean destinations) {
        Map<Long, List<String>> who = new HashMap<>();
        if (others.isEmpty() || max <= 0) {
            return who;
        }
        String own = destinations ? "from" : "to";
        String other = destinations ? "to" : "from";
        String in = " IN (" + Sql.marks(family.size()) + ")";
        List<Object> args = new ArrayList<>(family);
        args.addAll(others);
        args.addAll(family);
        args.addAll(family);
        args.addAll(others);
        List<long[]> links = sql.list("SELECT p.from_org_id, p.to_org_id FROM org_pairs p WHERE p." + own + "_org_id" + in
                        + " AND p." + other + "_org_id IN (" + Sql.marks(others.size()) + ") UNION SELECT p.from_org_id, p.to_org_id "
                        + "FROM pair_totals p WHERE p." + own + "_unit_id" + in + " AND p." + own + "_org_id NOT" + in
                        + " AND p." + other + "_org_id IN ("
                        + Sql.marks(others.size()) + ")",
                rs -> new long[]{rs.getLong(1), rs.getLong(2)}, args.toArray());
        List<String> pieces = new ArrayList<>();
        List<Object> pieceArgs = new ArrayList<>();
        for (long[] link : links) {
            Where where = new Where().and("m.from_org_id = ?", link[0]).and("m.to_org_id = ?", link[1])
                    .anyIn(family, "m." + own + "_org_id", "m." + own + "_unit_id");
            pieces.add("(SELECT m.id, m.person_id, m.happened_on, m.reported_on, m." + other + "_org_id AS other FROM moves m"
                    + where.sql() + NEWEST + " LIMIT ?)");
            pieceArgs.addAll(List.of(where.args(max)));
        }
        if (pieces.isEmpty()) {
            return who;
        }
        LatestPeople<Long> latest = new LatestPeople<>(max);
        sql.list("SELECT x.other, p.name, x.happened_on, x.reported_on, x.id FROM (" + String.join(" UNION ALL ", pieces)
                        + ") x JOIN people p ON p.id = x.person_id ORDER BY x.other, p.name",
                rs -> {
                    latest.add(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            rs.getLong(5));
                    return null;
                }, pieceArgs.toArray());
        who.putAll(latest.names());
        return who;
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
