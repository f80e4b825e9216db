-- Windows shorter than twelve months ("the last quarter", "the last half year", any range the dashboard's month
-- pickers give) were summed from the monthly rows at every request, as twelve were before V8: on a million moves
-- their unit-level page took hundreds of milliseconds. flow_rolling and org_rolling now keep windows of every length
-- from 1 to 12 months (span), with the floors of V8 and V8_3 for every span: a pair of organizations from 3 moves in
-- the window, a pair of units from 2, an organization from a net gain of 3. On the million-move store flow_rolling
-- holds 2.9 million rows and org_rolling 1.5 million. A page whose limit-th row reaches the floor is read from the top of an index, as before; windows of
-- other lengths, and windows too sparse for a page, are answered from the monthly summaries.
-- The triggers (V9_1 on PostgreSQL, RollingWindowTrigger on H2) keep every span exact.
DROP TABLE flow_rolling;
DROP TABLE org_rolling;

CREATE TABLE flow_rolling (
    level         SMALLINT NOT NULL,
    from_id       BIGINT   NOT NULL,
    to_id         BIGINT   NOT NULL,
    span          SMALLINT NOT NULL,
    window_start  DATE     NOT NULL,
    moves         INTEGER  NOT NULL,
    PRIMARY KEY (level, from_id, to_id, span, window_start)
);
CREATE INDEX flow_rolling_biggest ON flow_rolling (level, span, window_start, moves DESC, from_id, to_id);

CREATE TABLE org_rolling (
    org_id               BIGINT   NOT NULL,
    span                 SMALLINT NOT NULL,
    window_start         DATE     NOT NULL,
    arrivals             INTEGER  NOT NULL,
    departures           INTEGER  NOT NULL,
    weighted_arrivals    INTEGER  NOT NULL,
    weighted_departures  INTEGER  NOT NULL,
    net                  INTEGER  NOT NULL,
    PRIMARY KEY (org_id, span, window_start)
);
CREATE INDEX org_rolling_biggest ON org_rolling (span, window_start, net DESC, arrivals DESC);

-- Each month's count goes to the windows of each span that hold it (k months before it, k < span). Pairs and
-- organizations that never reach the floor over all time are left out before the months are spread.
INSERT INTO flow_rolling (level, from_id, to_id, span, window_start, moves)
SELECT f.level, f.from_id, f.to_id, s.span, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(f.moves)
FROM flow_months f
JOIN flow_totals t ON t.level = f.level AND t.from_id = f.from_id AND t.to_id = f.to_id
    AND t.moves >= CASE WHEN f.level = 1 THEN 2 ELSE 3 END
CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS s (span)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
WHERE k.k < s.span
GROUP BY f.level, f.from_id, f.to_id, s.span, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(f.moves) >= CASE WHEN f.level = 1 THEN 2 ELSE 3 END;

INSERT INTO org_rolling (org_id, span, window_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT m.org_id, s.span, CAST(m.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(m.arrivals), SUM(m.departures),
       SUM(m.weighted_arrivals), SUM(m.weighted_departures), SUM(m.arrivals) - SUM(m.departures)
FROM org_months m
JOIN org_totals t ON t.org_id = m.org_id AND t.arrivals >= 3
CROSS JOIN (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS s (span)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
WHERE m.month_start > DATE '0001-01-01' AND k.k < s.span
GROUP BY m.org_id, s.span, CAST(m.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(m.arrivals) - SUM(m.departures) >= 3;
