-- Twelve months from any month ("the last year" asked in June) cut both calendar years, and their biggest flows and
-- net gains would otherwise be summed from monthly rows at every request. These two tables hold each window's counts
-- (window_start = the first month of twelve) for what can reach the top of a page: a pair of organizations only
-- while it has at least 3 moves in the window, an organization only while it gains at least 3 people net. A page
-- whose limit-th row reaches the floor is exact from the top of an index; a window with fewer such rows is answered
-- from the monthly summaries as before. Keeping every pair in every window was tried and dropped: a dated move then
-- sits in twelve rows per level, and the summaries of a million moves outgrew the disk on H2.
-- Triggers (V8_1, one script per database) keep both exact after the summaries of V7_3 are updated.

CREATE TABLE flow_rolling (
    level         SMALLINT NOT NULL,
    from_id       BIGINT   NOT NULL,
    to_id         BIGINT   NOT NULL,
    window_start  DATE     NOT NULL,
    moves         INTEGER  NOT NULL,
    PRIMARY KEY (level, from_id, to_id, window_start)
);
CREATE INDEX flow_rolling_biggest ON flow_rolling (level, window_start, moves DESC, from_id, to_id);

CREATE TABLE org_rolling (
    org_id               BIGINT  NOT NULL,
    window_start         DATE    NOT NULL,
    arrivals             INTEGER NOT NULL,
    departures           INTEGER NOT NULL,
    weighted_arrivals    INTEGER NOT NULL,
    weighted_departures  INTEGER NOT NULL,
    net                  INTEGER NOT NULL,
    PRIMARY KEY (org_id, window_start)
);
CREATE INDEX org_rolling_biggest ON org_rolling (window_start, net DESC, arrivals DESC);

-- Each month's count goes to the twelve windows that hold it. Only pairs (organizations) that reach the floor over
-- all time can reach it in a window: the rest are left out before the months are spread.
INSERT INTO flow_rolling (level, from_id, to_id, window_start, moves)
SELECT f.level, f.from_id, f.to_id, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(f.moves)
FROM flow_months f
JOIN flow_totals t ON t.level = f.level AND t.from_id = f.from_id AND t.to_id = f.to_id AND t.moves >= 3
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
GROUP BY f.level, f.from_id, f.to_id, CAST(f.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(f.moves) >= 3;

INSERT INTO org_rolling (org_id, window_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT m.org_id, CAST(m.month_start - k.k * INTERVAL '1' MONTH AS DATE), SUM(m.arrivals), SUM(m.departures),
       SUM(m.weighted_arrivals), SUM(m.weighted_departures), SUM(m.arrivals) - SUM(m.departures)
FROM org_months m
JOIN org_totals t ON t.org_id = m.org_id AND t.arrivals >= 3
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) AS k (k)
WHERE m.month_start > DATE '0001-01-01'
GROUP BY m.org_id, CAST(m.month_start - k.k * INTERVAL '1' MONTH AS DATE)
HAVING SUM(m.arrivals) - SUM(m.departures) >= 3;
