package org.talentflow.analytics;

import org.talentflow.storage.RollingWindows;
import org.talentflow.storage.Sql;
import org.talentflow.storage.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The biggest flows and net balances, read from the summaries the store keeps beside its moves (flow_totals,
 * flow_years, flow_months, org_totals, org_years, org_months; see migration V7_2) instead of aggregating every
 * move: the same counts and order as {@link FlowQueries}, a page at a time. A store without summaries (DuckDB, a
 * columnar engine) aggregates its moves instead, one statement per page. All time, single calendar years and
 * one to twelve months from any month (V8, V9, when the page's last row reaches its floor) read the top of an
 * index; other
 * windows in whole months (since the first of a month, until the last day of one, or open) combine the yearly and
 * monthly summaries; a window cut mid-month counts the moves themselves.
 */
final class FlowSummaries {

    /** The month key of undated moves in the summaries; a window never includes it. */
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);
    private static final int BATCH = 200;
    /**
     * Batches read from each year before the threshold algorithm gives up: a window whose page ends in pairs of one
     * or two moves ties thousands of pairs, and summing its months in one statement is then faster than reading on.
     */
    private static final int ROUNDS = 8;

    private final Sql sql;
    private final int rounds;

    FlowSummaries(Sql sql) {
        this(sql, ROUNDS);
    }

    /** With a budget of rounds for the threshold algorithm (tests give 0, to pin the statement that replaces it). */
    FlowSummaries(Sql sql, int rounds) {
        this.sql = sql;
        this.rounds = rounds;
    }

    /** A pair of organizations (or units) and its count in the window. */
    private record Pair(long from, long to, int moves) {
    }

    /**
     * The limit biggest flows, ordered as {@link FlowQueries#flows} orders them, each with up to people of the
     * latest people who made it (in name order) instead of all of them.
     */
    List<Flow> topFlows(LocalDate since, LocalDate until, FlowLevel level, int limit, int people) {
        if (limit <= 0) {
            return List.of();
        }
        int grain = level == FlowLevel.UNIT ? 1 : 0;
        List<Named> top = biggest(level, grain, since, until, limit);
        List<Flow> flows = new ArrayList<>();
        Map<List<Long>, List<String>> who = people(top.stream().map(Named::pair).toList(), grain, since, until, people);
        for (Named n : top) {
            flows.add(new Flow(n.from(), n.to(), n.pair().moves(),
                    who.getOrDefault(List.of(n.pair().from(), n.pair().to()), List.of())));
        }
        return flows;
    }

    /** The first limit pairs of the window in order, by the cheapest way that is exact for it. */
    private List<Named> biggest(FlowLevel level, int grain, LocalDate since, LocalDate until, int limit) {
        if (!sql.keepsSummaries()) {
            // A columnar store (DuckDB) counts the window's moves in one aggregation, whatever the window.
            return biggestInMoves(level, since, until, limit);
        }
        int span = RollingWindows.span(since, until);
        if (span > 0) {
            List<Named> kept = biggestInRollingWindow(grain, span, since, limit);
            if (kept != null) {
                return kept;
            }
        }
        if (since == null && until == null) {
            return ordered(biggestOfAllTime(grain, limit), limit);
        }
        if (wholeMonths(since, until)) {
            List<Pair> pairs = biggestInMonths(grain, since, until, limit);
            return pairs != null ? ordered(pairs, limit) : summedMonths(grain, since, until, limit);
        }
        return biggestInMoves(level, since, until, limit);
    }

    /** Arrivals and departures of the limit organizations with the biggest net gain, ordered as netFlows orders. */
    List<NetFlow> topNet(LocalDate since, LocalDate until, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        if (!sql.keepsSummaries() || !wholeMonths(since, until)) {
            // No summaries (DuckDB), or a window cut mid-month: the moves themselves, counted as netFlows counts them.
            return new FlowQueries(sql).netFlows(since, until, limit);
        }
        if (since == null && until == null) {
            Long threshold = sql.queryLong("SELECT net FROM org_totals ORDER BY net DESC LIMIT 1 OFFSET ?", limit - 1);
            return sql.list("SELECT o.name, t.arrivals, t.departures, t.weighted_arrivals, t.weighted_departures "
                            + "FROM org_totals t JOIN organizations o ON o.id = t.org_id WHERE t.net >= ? "
                            + "ORDER BY t.net DESC, t.arrivals DESC, o.name LIMIT ?",
                    FlowSummaries::netFlow, threshold == null ? Integer.MIN_VALUE : threshold, limit);
        }
        if (since != null && until != null && since.getDayOfYear() == 1 && until.getYear() == since.getYear()
                && until.getMonthValue() == 12) {
            // One calendar year: the top of that year's index, as for all time.
            Long threshold = sql.queryLong("SELECT net FROM org_years" + sql.useIndex("org_years_biggest")
                    + " WHERE year_start = ? ORDER BY year_start, net DESC LIMIT 1 OFFSET ?", since, limit - 1);
            return sql.list("SELECT o.name, t.arrivals, t.departures, t.weighted_arrivals, t.weighted_departures "
                            + "FROM org_years t" + sql.useIndex("org_years_biggest") + " JOIN organizations o ON o.id = t.org_id "
                            + "WHERE t.year_start = ? AND t.net >= ? ORDER BY t.net DESC, t.arrivals DESC, o.name LIMIT ?",
                    FlowSummaries::netFlow, since, threshold == null ? Integer.MIN_VALUE : threshold, limit);
        }
        int span = RollingWindows.span(since, until);
        if (span > 0) {
            // A kept window from another month: the top of its index when its limit-th gain reaches the floor.
            Long threshold = sql.queryLong("SELECT net FROM org_rolling" + sql.useIndex("org_rolling_biggest")
                    + " WHERE span = ? AND window_start = ? ORDER BY span, window_start, net DESC LIMIT 1 OFFSET ?",
                    span, since, limit - 1);
            if (threshold != null) {
                return sql.list("SELECT o.name, t.arrivals, t.departures, t.weighted_arrivals, t.weighted_departures "
                                + "FROM org_rolling t" + sql.useIndex("org_rolling_biggest") + " JOIN organizations o ON o.id = t.org_id "
                                + "WHERE t.span = ? AND t.window_start = ? AND t.net >= ? "
                                + "ORDER BY t.net DESC, t.arrivals DESC, o.name LIMIT ?",
                        FlowSummaries::netFlow, span, since, threshold, limit);
            }
        }
        return sql.list("SELECT o.name, SUM(s.arrivals), SUM(s.departures), SUM(s.weighted_arrivals), SUM(s.weighted_departures) "
                        + "FROM org_months s JOIN organizations o ON o.id = s.org_id "
                        + "WHERE s.month_start > ? AND s.month_start >= ? AND s.month_start <= ? GROUP BY o.name "
                        + "ORDER BY SUM(s.arrivals) - SUM(s.departures) DESC, SUM(s.arrivals) DESC, o.name LIMIT ?",
                FlowSummaries::netFlow, UNDATED, firstMonth(since), lastMonth(until), limit);
    }

    private static NetFlow netFlow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new NetFlow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
    }

    /** Whether a window falls on month boundaries, so that the monthly summaries answer it exactly. */
    static boolean wholeMonths(LocalDate since, LocalDate until) {
        return (since == null || since.getDayOfMonth() == 1)
                && (until == null || until.getDayOfMonth() == until.lengthOfMonth());
    }

    /**
     * The first limit pairs of a kept window ({@link RollingWindows}) in order, from the top of its index, or null
     * when fewer than limit pairs reach the floor there (then pairs below the floor, which the table leaves out, would
     * be on the page).
     */
    private List<Named> biggestInRollingWindow(int grain, int span, LocalDate first, int limit) {
        String table = "flow_rolling r" + sql.useIndex("flow_rolling_biggest");
        Long threshold = sql.queryLong("SELECT moves FROM " + table + " WHERE level = ? AND span = ? AND window_start = ? "
                + "ORDER BY level, span, window_start, moves DESC LIMIT 1 OFFSET ?", grain, span, first, limit - 1);
        if (threshold == null) {
            return null;
        }
        return sql.list("SELECT r.from_id, r.to_id, r.moves, f.name, t.name FROM " + table
                        + " JOIN organizations f ON f.id = r.from_id JOIN organizations t ON t.id = r.to_id "
                        + "WHERE r.level = ? AND r.span = ? AND r.window_start = ? AND r.moves >= ? "
                        + "ORDER BY r.moves DESC, f.name, t.name LIMIT ?",
                FlowSummaries::named, grain, span, first, threshold, limit);
    }

    /** The pairs whose all-time count reaches the limit-th biggest (ties included: names break them later). */
    private List<Pair> biggestOfAllTime(int grain, int limit) {
        Long threshold = sql.queryLong("SELECT moves FROM flow_totals" + sql.useIndex("flow_totals_biggest")
                        + " WHERE level = ? ORDER BY level, moves DESC LIMIT 1 OFFSET ?",
                grain, limit - 1);
        return sql.list("SELECT from_id, to_id, moves FROM flow_totals WHERE level = ? AND moves >= ?",
                rs -> new Pair(rs.getLong(1), rs.getLong(2), rs.getInt(3)), grain, threshold == null ? 1 : threshold);
    }

    /** One year's pairs, biggest first, read a batch at a time; last is the smallest count read so far. */
    private static final class YearList {
        final LocalDate year;
        int offset;
        int last = Integer.MAX_VALUE;
        boolean exhausted;

        YearList(LocalDate year) {
            this.year = year;
        }
    }

    /**
     * The pairs with the biggest counts in a window of whole months, without counting every pair (Fagin's threshold
     * algorithm): each year the window touches keeps its pairs biggest first, and those lists are read in step. A
     * pair not yet seen has at most the sum of the counts last read from each list, so once the limit-th best window
     * count found is above that sum, no unseen pair can reach it and the reading stops. Null after its budget of
     * rounds ({@link #ROUNDS} batches from each year) without an answer.
     */
    private List<Pair> biggestInMonths(int grain, LocalDate since, LocalDate until, int limit) {
        LocalDate first = firstMonth(since);
        LocalDate last = lastMonth(until);
        // An open end reaches the first (or last) year that holds moves: the end of the index, not MIN() (H2 scans).
        String ends = "SELECT year_start FROM flow_years" + sql.useIndex("flow_years_biggest") + " WHERE level = ? ORDER BY level, ";
        LocalDate earliest = since != null ? first.withDayOfYear(1) : sql.queryDate(ends + "year_start LIMIT 1", grain);
        LocalDate latest = until != null ? last.withDayOfYear(1) : sql.queryDate(ends + "year_start DESC LIMIT 1", grain);
        if (earliest == null || latest == null) {
            return List.of();
        }
        List<YearList> lists = new ArrayList<>();
        for (LocalDate y = max(first.withDayOfYear(1), earliest); !y.isAfter(min(last.withDayOfYear(1), latest)); y = y.plusYears(1)) {
            lists.add(new YearList(y));
        }
        Map<List<Long>, Pair> seen = new HashMap<>();
        PriorityQueue<Integer> best = new PriorityQueue<>();
        for (int round = 0; ; round++) {
            if (round == rounds) {
                return null;
            }
            List<Pair> fresh = new ArrayList<>();
            for (YearList list : lists) {
                if (list.exhausted) {
                    continue;
                }
                List<Pair> batch = sql.list("SELECT from_id, to_id, moves FROM flow_years" + sql.useIndex("flow_years_biggest")
                                + " WHERE level = ? AND year_start = ? "
                                + "ORDER BY level, year_start, moves DESC, from_id, to_id LIMIT ? OFFSET ?",
                        rs -> new Pair(rs.getLong(1), rs.getLong(2), rs.getInt(3)), grain, list.year, BATCH, list.offset);
                list.offset += batch.size();
                list.exhausted = batch.size() < BATCH;
                list.last = list.exhausted ? 0 : batch.get(batch.size() - 1).moves();
                for (Pair p : batch) {
                    if (!seen.containsKey(List.of(p.from(), p.to()))) {
                        seen.put(List.of(p.from(), p.to()), p);
                        fresh.add(p);
                    }
                }
            }
            for (Pair p : inWindow(grain, fresh, first, last)) {
                seen.put(List.of(p.from(), p.to()), p);
                if (p.moves() == 0) {
                    continue;
                }
                best.add(p.moves());
                if (best.size() > limit) {
                    best.poll();
                }
            }
            long unseenAtMost = lists.stream().mapToLong(l -> l.last).sum();
            boolean done = lists.stream().allMatch(l -> l.exhausted) || (best.size() == limit && unseenAtMost < best.peek());
            if (done) {
                int threshold = best.size() == limit ? best.peek() : 1;
                return seen.values().stream().filter(p -> p.moves() >= Math.max(1, threshold)).toList();
            }
        }
    }

    /** The first limit pairs of a window of whole months in order, its monthly counts summed in one statement. */
    private List<Named> summedMonths(int grain, LocalDate since, LocalDate until, int limit) {
        return sql.list("SELECT x.f, x.t, x.n, f.name, t.name FROM (SELECT s.from_id AS f, s.to_id AS t, SUM(s.moves) AS n "
                        + "FROM flow_months s" + sql.useIndex("flow_months_window") + " WHERE s.level = ? AND s.month_start >= ? "
                        + "AND s.month_start <= ? GROUP BY s.from_id, s.to_id) x JOIN organizations f ON f.id = x.f "
                        + "JOIN organizations t ON t.id = x.t ORDER BY x.n DESC, f.name, t.name LIMIT ?",
                FlowSummaries::named,
                grain, firstMonth(since), lastMonth(until), limit);
    }

    /**
     * The pairs' counts in the months first..last: whole years from flow_years, the months at either end from
     * flow_months. Pairs with none in the window come back with 0.
     */
    private List<Pair> inWindow(int grain, List<Pair> pairs, LocalDate first, LocalDate last) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        LocalDate fullFrom = first.getMonthValue() == 1 ? first : first.withDayOfYear(1).plusYears(1);
        LocalDate fullTo = last.getMonthValue() == 12 ? last.withDayOfYear(1) : last.withDayOfYear(1).minusYears(1);
        Map<List<Long>, Integer> counts = new HashMap<>();
        if (!fullFrom.isAfter(fullTo)) {
            add(counts, yearSums(grain, pairs, fullFrom, fullTo));
            if (first.isBefore(fullFrom)) {
                add(counts, sum(grain, pairs, "flow_months", "month_start", first, fullFrom.minusMonths(1)));
            }
            if (last.isAfter(fullTo.plusMonths(11))) {
                add(counts, sum(grain, pairs, "flow_months", "month_start", fullTo.plusYears(1), last));
            }
        } else {
            add(counts, sum(grain, pairs, "flow_months", "month_start", first, last));
        }
        return pairs.stream().map(p -> new Pair(p.from(), p.to(), counts.getOrDefault(List.of(p.from(), p.to()), 0))).toList();
    }

    /**
     * Sums of the pairs' yearly counts from year first to year last. Every year of each pair is read by the primary
     * key and the years are chosen here: with the years in the statement H2 would walk a whole year of pairs instead.
     */
    private List<Pair> yearSums(int grain, List<Pair> pairs, LocalDate first, LocalDate last) {
        List<Object> args = new ArrayList<>();
        for (Pair p : pairs) {
            args.add(p.from());
            args.add(p.to());
        }
        args.add(grain);
        Map<List<Long>, Integer> sums = new HashMap<>();
        sql.list("SELECT v.f, v.t, s.year_start, s.moves FROM (VALUES " + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?)"))
                        + ") AS v (f, t) JOIN flow_years s ON s.from_id = v.f AND s.to_id = v.t AND s.level = ?",
                rs -> {
                    LocalDate year = rs.getObject(3, LocalDate.class);
                    if (!year.isBefore(first) && !year.isAfter(last)) {
                        sums.merge(List.of(rs.getLong(1), rs.getLong(2)), rs.getInt(4), Integer::sum);
                    }
                    return null;
                }, args.toArray());
        return sums.entrySet().stream().map(e -> new Pair(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    private static void add(Map<List<Long>, Integer> counts, List<Pair> more) {
        more.forEach(p -> counts.merge(List.of(p.from(), p.to()), p.moves(), Integer::sum));
    }

    /** Sums of a summary's counts for the pairs with period keys in first..last. */
    private List<Pair> sum(int grain, List<Pair> pairs, String table, String period, LocalDate first, LocalDate last) {
        List<Object> args = new ArrayList<>();
        for (Pair p : pairs) {
            args.add(p.from());
            args.add(p.to());
        }
        args.add(grain);
        args.add(first);
        args.add(last);
        return sql.list("SELECT v.f, v.t, SUM(s.moves) FROM (VALUES " + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?)"))
                        + ") AS v (f, t) JOIN " + table + " s ON s.from_id = v.f AND s.to_id = v.t "
                        + "WHERE s.level = ? AND s." + period + " >= ? AND s." + period + " <= ? GROUP BY v.f, v.t",
                rs -> new Pair(rs.getLong(1), rs.getLong(2), rs.getInt(3)), args.toArray());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Named(Pair pair, String from, String to) {
    }

    /** A row of from id, to id, count, from name, to name. */
    private static Named named(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Named(new Pair(rs.getLong(1), rs.getLong(2), rs.getInt(3)), rs.getString(4), rs.getString(5));
    }

    /** The limit first pairs by count, then names, as the database collates them. */
    private List<Named> ordered(List<Pair> pairs, int limit) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        for (Pair p : pairs) {
            args.add(p.from());
            args.add(p.to());
            args.add(p.moves());
        }
        args.add(limit);
        return sql.list("SELECT v.f, v.t, v.n, f.name, t.name FROM (VALUES "
                        + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?, ?)"))
                        + ") AS v (f, t, n) JOIN organizations f ON f.id = v.f JOIN organizations t ON t.id = v.t "
                        + "ORDER BY v.n DESC, f.name, t.name LIMIT ?",
                FlowSummaries::named,
                args.toArray());
    }

    /**
     * For windows cut mid-month, and every window on a store without summaries: the moves themselves counted, by
     * the rule FlowQueries counts them by, the first limit kept.
     */
    private List<Named> biggestInMoves(FlowLevel level, LocalDate since, LocalDate until, int limit) {
        FlowRule rule = FlowRule.at(level);
        Where where = rule.candidates(since, until);
        // Only the pairs ranked within the limit by count (ties included: names break them) are named: all time, a
        // million moves make hundreds of thousands of pairs, and naming them all before sorting cost most of the query.
        return sql.list("SELECT x.f_id, x.t_id, x.n, f.name, t.name FROM (SELECT g.f_id, g.t_id, g.n, RANK() OVER (ORDER BY g.n DESC) AS r "
                        + "FROM (SELECT " + rule.from() + " AS f_id, " + rule.to() + " AS t_id, COUNT(*) AS n FROM moves m" + where.sql()
                        + " GROUP BY " + rule.from() + ", " + rule.to() + " HAVING " + rule.distinctEnds() + ") g) x "
                        + "JOIN organizations f ON f.id = x.f_id JOIN organizations t ON t.id = x.t_id "
                        + "WHERE x.r <= ? ORDER BY x.n DESC, f.name, t.name LIMIT ?",
                FlowSummaries::named, where.args(limit, limit));
    }

    /**
     * Up to max of the latest people per pair, in name order: one small index read per pair (moves_pair_newest for organizations,
     * moves_node_pair_newest for units), all in one statement.
     */
    private Map<List<Long>, List<String>> people(List<Pair> pairs, int grain, LocalDate since, LocalDate until, int max) {
        FlowRule rule = FlowRule.at(grain == 1 ? FlowLevel.UNIT : FlowLevel.PARENT);
        String from = rule.from();
        String to = rule.to();
        Where where = rule.candidates(since, until).and(from + " = v.a").and(to + " = v.b");
        return LatestPeople.of(sql, pairs.stream().map(p -> List.of(p.from(), p.to())).toList(), from + ", " + to,
                grain == 1 ? "moves_node_pair_newest" : "moves_pair_newest",
                where.sql().substring(" WHERE ".length()), List.of(where.args()), max);
    }

    private static LocalDate firstMonth(LocalDate since) {
        return since == null ? UNDATED.plusDays(1) : since.withDayOfMonth(1);
    }

    private static LocalDate lastMonth(LocalDate until) {
        return until == null ? LocalDate.of(9999, 12, 1) : until.withDayOfMonth(1);
    }
}
