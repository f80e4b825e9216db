package org.talentflow.analytics;

import org.talentflow.storage.Sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people named beside a count (a flow's, a destination's): up to a maximum of the latest to make the move, in
 * name order as the database sorts names. A group with no more people than the maximum names them all, exactly as
 * the full answer does. One statement reads every group, each from its own index, newest first and only as deep as
 * the maximum: a correlated ARRAY subquery per row of a VALUES list, planned once (H2 has no LATERAL).
 */
final class LatestPeople {

    private static final String NEWEST = " ORDER BY m.happened_on DESC NULLS LAST, m.reported_on DESC NULLS LAST, m.id DESC";

    private LatestPeople() {
    }

    /**
     * @param keys      the groups, each a pair of ids the condition refers to as v.a and v.b
     * @param columns   the two columns of moves m that the condition sets to v.a and v.b
     * @param index     the index that leads with them and orders the newest first
     * @param condition which moves belong to a group (over moves m), with its bound values in conditionArgs
     */
    static Map<List<Long>, List<String>> of(Sql sql, List<List<Long>> keys, String columns, String index, String condition,
                                            List<Object> conditionArgs, int max) {
        if (keys.isEmpty() || max <= 0) {
            return Map.of();
        }
        Map<List<Long>, List<Long>> ids = sql.keepsSummaries() ? byIndex(sql, keys, columns, index, condition, conditionArgs, max)
                : byScan(sql, keys, condition, conditionArgs, max);
        List<Long> everyone = ids.values().stream().flatMap(List::stream).distinct().toList();
        if (everyone.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> rank = new HashMap<>();
        sql.list("SELECT id, name FROM people WHERE id IN (" + Sql.marks(everyone.size()) + ") ORDER BY name, id", rs -> {
            rank.put(rs.getLong(1), rank.size());
            return names.put(rs.getLong(1), rs.getString(2));
        }, everyone.toArray());
        Map<List<Long>, List<String>> out = new HashMap<>();
        ids.forEach((key, people) -> out.put(key, people.stream().sorted((x, y) -> rank.get(x) - rank.get(y))
                .map(names::get).distinct().toList()));
        return out;
    }

    /**
     * The latest person ids of each group on a columnar store (DuckDB): one scan of the moves joined to the groups,
     * numbered newest first within each group. A correlated subquery per group would be planned as the same join, less
     * directly; no index reads the newest first there.
     */
    private static Map<List<Long>, List<Long>> byScan(Sql sql, List<List<Long>> keys, String condition,
                                                      List<Object> conditionArgs, int max) {
        List<Object> args = new ArrayList<>();
        keys.forEach(args::addAll);
        args.addAll(conditionArgs);
        args.add(2 * max);
        Map<List<Long>, List<Long>> ids = new HashMap<>();
        sql.list("SELECT x.a, x.b, x.person_id FROM (SELECT v.a, v.b, m.person_id, ROW_NUMBER() OVER (PARTITION BY v.a, v.b"
                        + NEWEST + ") AS r FROM (VALUES " + String.join(", ", Collections.nCopies(keys.size(), "(?, ?)"))
                        + ") AS v (a, b) JOIN moves m ON " + condition + ") x WHERE x.r <= ? ORDER BY x.a, x.b, x.r",
                rs -> {
                    List<Long> latest = ids.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new ArrayList<>());
                    long person = rs.getLong(3);
                    if (latest.size() < max && !latest.contains(person)) {
                        latest.add(person);
                    }
                    return null;
                }, args.toArray());
        return ids;
    }

    private static Map<List<Long>, List<Long>> byIndex(Sql sql, List<List<Long>> keys, String columns, String index,
                                                       String condition, List<Object> conditionArgs, int max) {
        List<Object> args = new ArrayList<>(conditionArgs);
        // A person may have made the same flow twice (a move and a found): read twice as deep to name max people.
        args.add(2 * max);
        keys.forEach(args::addAll);
        Map<List<Long>, List<Long>> ids = new HashMap<>();
        // The fixed columns lead the ORDER BY: H2 reads an index in order, stopping at the limit, only when told so.
        sql.list("SELECT v.a, v.b, ARRAY(SELECT m.person_id FROM moves m" + sql.useIndex(index) + " WHERE " + condition + " ORDER BY " + columns + ", "
                        + NEWEST.substring(" ORDER BY ".length()) + " LIMIT ?) FROM (VALUES "
                        + String.join(", ", Collections.nCopies(keys.size(), "(?, ?)")) + ") AS v (a, b)",
                rs -> {
                    Set<Long> latest = new LinkedHashSet<>();
                    for (Object id : (Object[]) rs.getArray(3).getArray()) {
                        if (latest.size() < max) {
                            latest.add(((Number) id).longValue());
                        }
                    }
                    return ids.put(List.of(rs.getLong(1), rs.getLong(2)), new ArrayList<>(latest));
                }, args.toArray());
        return ids;
    }
}
