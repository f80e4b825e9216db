-- Units split an organization's moves among themselves, so a twelve-month window of a sparse year has fewer than a
-- page of unit pairs with 3 moves, and its page fell back to summing the months. At unit level flow_rolling now keeps
-- the pairs with at least 2 moves in the window (on the million-move store: 317,000 rows instead of 91,000, and
-- every window from 2017 on has a page of them). The triggers (V8_4 on PostgreSQL, RollingWindowTrigger on H2)
-- keep the same floors.
DELETE FROM flow_rolling WHERE level = 1;

INSERT INTO flow_rolling (level, from_id, to_id, window_start, moves)
SELECT f.level, f.from_id, f.to_id, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(f.moves)
FROM flow_months f
JOIN flow_totals t ON t.level = f.level AND t.from_id = f.from_id AND t.to_id = f.to_id AND t.moves >= 2
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
WHERE f.level = 1
GROUP BY f.level, f.from_id, f.to_id, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(f.moves) >= 2;
