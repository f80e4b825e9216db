package org.talentflow.bench.query;

import org.talentflow.storage.MoveStore;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the benchmarks ask about, drawn from the store itself: organizations by how many moves they saw (the giants,
 * mid-size ones around rank 100 to 300, small ones around rank 2,000 to 3,500), people at random, and calendar years and
 * twelve-month windows over the years the moves span.
 */
final class BenchSample {

    final List<String> giants;
    final List<String> mid;
    final List<String> small;
    /** People drawn once, so that choosing one costs no query while requests are timed. */
    private final List<String> people;

    BenchSample(MoveStore store) {
        // Arrivals and departures as org_totals counts them; counted from the moves on a store without summaries.
        String totals = store.read(s -> s.sql().keepsSummaries()) ? "SELECT org_id, arrivals + departures AS n FROM org_totals"
                : "SELECT org_id, COUNT(*) AS n FROM (SELECT to_org_id AS org_id FROM moves WHERE to_org_id IS NOT NULL "
                + "AND from_org_id IS DISTINCT FROM to_org_id UNION ALL SELECT from_org_id FROM moves WHERE from_org_id IS NOT NULL "
                + "AND to_org_id IS DISTINCT FROM from_org_id) x GROUP BY org_id";
        List<String> bySize = store.read(s -> s.sql().strings("SELECT o.name FROM (" + totals + ") t JOIN organizations o ON o.id = t.org_id "
                + "WHERE o.parent_id IS NULL ORDER BY t.n DESC, o.name LIMIT 3500"));
        giants = bySize.subList(0, Math.min(5, bySize.size()));
        mid = bySize.subList(Math.min(100, bySize.size()), Math.min(300, bySize.size()));
        small = bySize.subList(Math.min(2000, bySize.size()), bySize.size());
        int count = store.read(s -> s.sql().queryLong("SELECT COUNT(*) FROM people")).intValue();
        SplittableRandom random = new SplittableRandom(3);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5000 && count > 0; i++) {
            ids.add(1L + random.nextInt(count));
        }
        people = ids.isEmpty() ? List.of() : store.read(s -> s.sql().strings("SELECT name FROM people WHERE id IN ("
                + org.talentflow.storage.Sql.marks(ids.size()) + ")", ids.toArray()));
    }

    String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }

    String person(SplittableRandom random) {
        return people.get(random.nextInt(people.size()));
    }

    /** A calendar year from 2017 to 2025, as the API's since=2024&until=2024 gives it. */
    static LocalDate[] calendarYear(SplittableRandom random) {
        int year = 2017 + random.nextInt(9);
        return new LocalDate[]{LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }

    /** Twelve whole months starting in any month of 2017 to 2024 (a trailing year on a dashboard). */
    static LocalDate[] twelveMonths(SplittableRandom random) {
        return months(random, 12);
    }

    /**
     * Whole months starting in any month of 2017 to 2024: windows of up to 12 months the store keeps counted
     * (RollingWindows), longer ones are read from the yearly and monthly summaries.
     */
    static LocalDate[] months(SplittableRandom random, int months) {
        LocalDate since = LocalDate.of(2017, 1, 1).plusMonths(random.nextInt(96));
        return new LocalDate[]{since, since.plusMonths(months).minusDays(1)};
    }
}
