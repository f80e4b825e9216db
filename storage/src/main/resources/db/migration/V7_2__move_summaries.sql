-- Counts of moves kept beside the moves, so that flows, net flow and organization pages over a million moves read
-- a few hundred rows instead of aggregating the whole table. Triggers on moves (V7_3, one script per database) keep
-- them exact inside every writing transaction; this script fills them from the moves already stored.
-- In these tables 0 stands for "no unit" and the month 0001-01-01 for "no time known" (keys cannot hold NULL).

-- Flows as the Sankey counts them: kind move or found, both ends known, different ends. Level 0 pairs top-level
-- organizations (from_org_id, to_org_id); level 1 pairs units where named (from_node, to_node).
CREATE TABLE flow_totals (
    level    SMALLINT NOT NULL,
    from_id  BIGINT   NOT NULL,
    to_id    BIGINT   NOT NULL,
    moves    INTEGER  NOT NULL,
    PRIMARY KEY (level, from_id, to_id)
);
CREATE INDEX flow_totals_biggest ON flow_totals (level, moves DESC, from_id, to_id);

-- The same per calendar month of happened_on; undated moves are left out (a window never counts them).
CREATE TABLE flow_months (
    level    SMALLINT NOT NULL,
    from_id  BIGINT   NOT NULL,
    to_id    BIGINT   NOT NULL,
    month_start    DATE     NOT NULL,
    moves    INTEGER  NOT NULL,
    PRIMARY KEY (level, from_id, to_id, month_start)
);

-- Every move with both ends, any kind, by its stored columns: the destinations and sources of a unit, and of an
-- organization whose units were once stored under another.
CREATE TABLE pair_totals (
    from_org_id   BIGINT      NOT NULL,
    from_unit_id  BIGINT      NOT NULL,
    to_org_id     BIGINT      NOT NULL,
    to_unit_id    BIGINT      NOT NULL,
    kind          VARCHAR(10) NOT NULL,
    moves         INTEGER     NOT NULL,
    PRIMARY KEY (from_org_id, from_unit_id, to_org_id, to_unit_id, kind)
);
CREATE INDEX pair_totals_from_unit ON pair_totals (from_unit_id, from_org_id);
CREATE INDEX pair_totals_to_unit ON pair_totals (to_unit_id, to_org_id);

-- The same per calendar year, biggest first within a year: a window of whole years reads the top of each year.
CREATE TABLE flow_years (
    level       SMALLINT NOT NULL,
    from_id     BIGINT   NOT NULL,
    to_id       BIGINT   NOT NULL,
    year_start  DATE     NOT NULL,
    moves       INTEGER  NOT NULL,
    PRIMARY KEY (level, from_id, to_id, year_start)
);
CREATE INDEX flow_years_biggest ON flow_years (level, year_start, moves DESC, from_id, to_id);

-- Every move with both ends, any kind, by its stored top-level organizations: an organization's destinations and
-- sources, as many rows as it has partners.
CREATE TABLE org_pairs (
    from_org_id  BIGINT  NOT NULL,
    to_org_id    BIGINT  NOT NULL,
    moves        INTEGER NOT NULL,
    PRIMARY KEY (from_org_id, to_org_id)
);
CREATE INDEX org_pairs_from_biggest ON org_pairs (from_org_id, moves DESC);
CREATE INDEX org_pairs_to_biggest ON org_pairs (to_org_id, moves DESC);

-- Each move once on the side it left ('o', from_org_id/from_unit_id) and once on the side it reached ('i'):
-- per kind over all time (an organization's totals and founders), and per calendar quarter when dated (its
-- trend), its units included.
CREATE TABLE side_totals (
    org_id   BIGINT      NOT NULL,
    unit_id  BIGINT      NOT NULL,
    side     CHAR(1)     NOT NULL,
    kind     VARCHAR(10) NOT NULL,
    moves    INTEGER     NOT NULL,
    PRIMARY KEY (org_id, unit_id, side, kind)
);
CREATE INDEX side_totals_unit ON side_totals (unit_id, org_id);

CREATE TABLE side_quarters (
    org_id         BIGINT  NOT NULL,
    unit_id        BIGINT  NOT NULL,
    side           CHAR(1) NOT NULL,
    quarter_start  DATE    NOT NULL,
    moves          INTEGER NOT NULL,
    PRIMARY KEY (org_id, unit_id, side, quarter_start)
);
CREATE INDEX side_quarters_unit ON side_quarters (unit_id, org_id);

-- Net flow per top-level organization and month (undated moves in month 0001-01-01), and over all time; a move
-- inside one organization is neither an arrival nor a departure. Weights are seniority sums.
CREATE TABLE org_months (
    org_id               BIGINT  NOT NULL,
    month_start                DATE    NOT NULL,
    arrivals             INTEGER NOT NULL,
    departures           INTEGER NOT NULL,
    weighted_arrivals    INTEGER NOT NULL,
    weighted_departures  INTEGER NOT NULL,
    PRIMARY KEY (org_id, month_start)
);
CREATE INDEX org_months_month ON org_months (month_start);

-- The same per calendar year, biggest net gain first within a year: a year's balance sheet is the top of its index.
CREATE TABLE org_years (
    org_id               BIGINT  NOT NULL,
    year_start           DATE    NOT NULL,
    arrivals             INTEGER NOT NULL,
    departures           INTEGER NOT NULL,
    weighted_arrivals    INTEGER NOT NULL,
    weighted_departures  INTEGER NOT NULL,
    net                  INTEGER NOT NULL,
    PRIMARY KEY (org_id, year_start)
);
CREATE INDEX org_years_biggest ON org_years (year_start, net DESC, arrivals DESC);

CREATE TABLE org_totals (
    org_id               BIGINT  NOT NULL PRIMARY KEY,
    arrivals             INTEGER NOT NULL,
    departures           INTEGER NOT NULL,
    weighted_arrivals    INTEGER NOT NULL,
    weighted_departures  INTEGER NOT NULL,
    net                  INTEGER NOT NULL
);
CREATE INDEX org_totals_net ON org_totals (net DESC, arrivals DESC);

CREATE INDEX moves_node_pair_newest ON moves (from_node, to_node, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);

INSERT INTO flow_totals (level, from_id, to_id, moves)
SELECT 0, from_org_id, to_org_id, COUNT(*) FROM moves
WHERE kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_org_id <> to_org_id
GROUP BY from_org_id, to_org_id;
INSERT INTO flow_totals (level, from_id, to_id, moves)
SELECT 1, from_node, to_node, COUNT(*) FROM moves
WHERE kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_node <> to_node
GROUP BY from_node, to_node;

INSERT INTO flow_months (level, from_id, to_id, month_start, moves)
SELECT 0, from_org_id, to_org_id, CAST(DATE_TRUNC('month', happened_on) AS DATE), COUNT(*) FROM moves
WHERE kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_org_id <> to_org_id
  AND happened_on IS NOT NULL
GROUP BY from_org_id, to_org_id, CAST(DATE_TRUNC('month', happened_on) AS DATE);
INSERT INTO flow_months (level, from_id, to_id, month_start, moves)
SELECT 1, from_node, to_node, CAST(DATE_TRUNC('month', happened_on) AS DATE), COUNT(*) FROM moves
WHERE kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_node <> to_node
  AND happened_on IS NOT NULL
GROUP BY from_node, to_node, CAST(DATE_TRUNC('month', happened_on) AS DATE);

INSERT INTO flow_years (level, from_id, to_id, year_start, moves)
SELECT level, from_id, to_id, CAST(DATE_TRUNC('year', month_start) AS DATE), SUM(moves) FROM flow_months
GROUP BY level, from_id, to_id, CAST(DATE_TRUNC('year', month_start) AS DATE);

INSERT INTO pair_totals (from_org_id, from_unit_id, to_org_id, to_unit_id, kind, moves)
SELECT from_org_id, COALESCE(from_unit_id, 0), to_org_id, COALESCE(to_unit_id, 0), kind, COUNT(*) FROM moves
WHERE from_org_id IS NOT NULL AND to_org_id IS NOT NULL
GROUP BY from_org_id, COALESCE(from_unit_id, 0), to_org_id, COALESCE(to_unit_id, 0), kind;

INSERT INTO org_pairs (from_org_id, to_org_id, moves)
SELECT from_org_id, to_org_id, COUNT(*) FROM moves WHERE from_org_id IS NOT NULL AND to_org_id IS NOT NULL
GROUP BY from_org_id, to_org_id;

INSERT INTO side_totals (org_id, unit_id, side, kind, moves)
SELECT from_org_id, COALESCE(from_unit_id, 0), 'o', kind, COUNT(*) FROM moves WHERE from_org_id IS NOT NULL
GROUP BY from_org_id, COALESCE(from_unit_id, 0), kind;
INSERT INTO side_totals (org_id, unit_id, side, kind, moves)
SELECT to_org_id, COALESCE(to_unit_id, 0), 'i', kind, COUNT(*) FROM moves WHERE to_org_id IS NOT NULL
GROUP BY to_org_id, COALESCE(to_unit_id, 0), kind;

INSERT INTO side_quarters (org_id, unit_id, side, quarter_start, moves)
SELECT from_org_id, COALESCE(from_unit_id, 0), 'o', CAST(DATE_TRUNC('quarter', happened_on) AS DATE), COUNT(*) FROM moves
WHERE from_org_id IS NOT NULL AND happened_on IS NOT NULL
GROUP BY from_org_id, COALESCE(from_unit_id, 0), CAST(DATE_TRUNC('quarter', happened_on) AS DATE);
INSERT INTO side_quarters (org_id, unit_id, side, quarter_start, moves)
SELECT to_org_id, COALESCE(to_unit_id, 0), 'i', CAST(DATE_TRUNC('quarter', happened_on) AS DATE), COUNT(*) FROM moves
WHERE to_org_id IS NOT NULL AND happened_on IS NOT NULL
GROUP BY to_org_id, COALESCE(to_unit_id, 0), CAST(DATE_TRUNC('quarter', happened_on) AS DATE);

INSERT INTO org_months (org_id, month_start, arrivals, departures, weighted_arrivals, weighted_departures)
SELECT org_id, month_start, SUM(arrived), SUM(departed), SUM(arrived * weight), SUM(departed * weight)
FROM (SELECT to_org_id AS org_id, COALESCE(CAST(DATE_TRUNC('month', happened_on) AS DATE), DATE '0001-01-01') AS month_start,
             1 AS arrived, 0 AS departed, seniority AS weight
      FROM moves WHERE to_org_id IS NOT NULL AND from_org_id IS DISTINCT FROM to_org_id
      UNION ALL
      SELECT from_org_id, COALESCE(CAST(DATE_TRUNC('month', happened_on) AS DATE), DATE '0001-01-01'), 0, 1, seniority
      FROM moves WHERE from_org_id IS NOT NULL AND to_org_id IS DISTINCT FROM from_org_id) x
GROUP BY org_id, month_start;

INSERT INTO org_years (org_id, year_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT org_id, CAST(DATE_TRUNC('year', month_start) AS DATE), SUM(arrivals), SUM(departures), SUM(weighted_arrivals),
       SUM(weighted_departures), SUM(arrivals) - SUM(departures)
FROM org_months WHERE month_start > DATE '0001-01-01'
GROUP BY org_id, CAST(DATE_TRUNC('year', month_start) AS DATE);

INSERT INTO org_totals (org_id, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT org_id, SUM(arrivals), SUM(departures), SUM(weighted_arrivals), SUM(weighted_departures),
       SUM(arrivals) - SUM(departures)
FROM org_months GROUP BY org_id;
