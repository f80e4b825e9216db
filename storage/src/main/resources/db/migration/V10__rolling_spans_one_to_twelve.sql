-- Every length from one to twelve months is kept, not only 3, 6 and 12 (V9): the dashboard's month pickers give any
-- window, and five months from any month still took 100-300 ms at p95 on a million moves summed from its months.
-- The rows of the new spans, with the floors of V9; on the million-move store flow_rolling grows from 0.8 to about
-- 3 million rows. The triggers (V10_1 on PostgreSQL, RollingWindowTrigger on H2) keep every span.
INSERT INTO flow_rolling (level, from_id, to_id, span, window_start, moves)
SELECT f.level, f.from_id, f.to_id, s.span, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(f.moves)
FROM flow_months f
JOIN flow_totals t ON t.level = f.level AND t.from_id = f.from_id AND t.to_id = f.to_id
    AND t.moves >= CASE WHEN f.level = 1 THEN 2 ELSE 3 END
CROSS JOIN (VALUES (1), (2), (4), (5), (7), (8), (9), (10), (11)) AS s (span)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
WHERE k.k < s.span
GROUP BY f.level, f.from_id, f.to_id, s.span, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(f.moves) >= CASE WHEN f.level = 1 THEN 2 ELSE 3 END;

INSERT INTO org_rolling (org_id, span, window_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT m.org_id, s.span, CAST(m.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(m.arrivals), SUM(m.departures),
       SUM(m.weighted_arrivals), SUM(m.weighted_departures), SUM(m.arrivals) - SUM(m.departures)
FROM org_months m
JOIN org_totals t ON t.org_id = m.org_id AND t.arrivals >= 3
CROSS JOIN (VALUES (1), (2), (4), (5), (7), (8), (9), (10), (11)) AS s (span)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
WHERE m.month_start > DATE '0001-01-01' AND k.k < s.span
GROUP BY m.org_id, s.span, CAST(m.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(m.arrivals) - SUM(m.departures) >= 3;
