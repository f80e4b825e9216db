-- What each summary table of V7_2 counts, written once. Each view *_by_move gives one row per move and per key of
-- its table that the move counts in (move_id is the move's id), with what it adds there. Three readers share them:
-- the triggers (V11: PL/pgSQL on PostgreSQL, org.talentflow.storage.MoveSummaryTrigger on H2) take a changed move's
-- rows out before the change and put its new rows in after it; the fill at the end of this script groups them whole;
-- the summary contract test recounts from them. Flyway applies this script again whenever it changes, so a changed
-- rule refills its table.
-- In the tables 0 stands for "no unit" and the month 0001-01-01 for "no time known" (keys cannot hold NULL).

-- A flow as the Sankey counts it: kind move or found, both ends known, different ends at the level. Level 0 pairs
-- top-level organizations, level 1 units where named (from_node, to_node).
CREATE OR REPLACE VIEW move_flows AS
SELECT id AS move_id, 0 AS level, from_org_id AS from_id, to_org_id AS to_id, happened_on FROM moves
WHERE kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_org_id <> to_org_id
UNION ALL
SELECT id, 1, from_node, to_node, happened_on FROM moves
WHERE kind IN ('move', 'found') AND from_org_id IS NOT NULL AND to_org_id IS NOT NULL AND from_node <> to_node;

CREATE OR REPLACE VIEW flow_totals_by_move AS
SELECT move_id, level, from_id, to_id, 1 AS moves FROM move_flows;

-- Per calendar month and year of happened_on; an undated move is in no month (a window never counts it).
CREATE OR REPLACE VIEW flow_months_by_move AS
SELECT move_id, level, from_id, to_id, CAST(DATE_TRUNC('month', happened_on) AS DATE) AS month_start, 1 AS moves
FROM move_flows WHERE happened_on IS NOT NULL;

CREATE OR REPLACE VIEW flow_years_by_move AS
SELECT move_id, level, from_id, to_id, CAST(DATE_TRUNC('year', happened_on) AS DATE) AS year_start, 1 AS moves
FROM move_flows WHERE happened_on IS NOT NULL;

-- Every move with both ends, any kind, by its stored columns (the destinations and sources of a unit) and by its
-- top-level organizations.
CREATE OR REPLACE VIEW pair_totals_by_move AS
SELECT id AS move_id, from_org_id, COALESCE(from_unit_id, 0) AS from_unit_id, to_org_id,
       COALESCE(to_unit_id, 0) AS to_unit_id, kind, 1 AS moves
FROM moves WHERE from_org_id IS NOT NULL AND to_org_id IS NOT NULL;

CREATE OR REPLACE VIEW org_pairs_by_move AS
SELECT id AS move_id, from_org_id, to_org_id, 1 AS moves
FROM moves WHERE from_org_id IS NOT NULL AND to_org_id IS NOT NULL;

-- Each move once on the side it left ('o') and once on the side it reached ('i'), its units included: per kind
-- over all time, and per calendar quarter when dated.
CREATE OR REPLACE VIEW move_sides AS
SELECT id AS move_id, from_org_id AS org_id, COALESCE(from_unit_id, 0) AS unit_id, 'o' AS side, kind, happened_on
FROM moves WHERE from_org_id IS NOT NULL
UNION ALL
SELECT id, to_org_id, COALESCE(to_unit_id, 0), 'i', kind, happened_on
FROM moves WHERE to_org_id IS NOT NULL;

CREATE OR REPLACE VIEW side_totals_by_move AS
SELECT move_id, org_id, unit_id, side, kind, 1 AS moves FROM move_sides;

CREATE OR REPLACE VIEW side_quarters_by_move AS
SELECT move_id, org_id, unit_id, side, CAST(DATE_TRUNC('quarter', happened_on) AS DATE) AS quarter_start, 1 AS moves
FROM move_sides WHERE happened_on IS NOT NULL;

-- Net flow of top-level organizations: a move is an arrival where it ends and a departure where it starts, unless
-- both are one organization. Weights are seniorities.
CREATE OR REPLACE VIEW move_nets AS
SELECT id AS move_id, to_org_id AS org_id, happened_on, 1 AS arrivals, 0 AS departures, seniority AS weighted_arrivals,
       0 AS weighted_departures
FROM moves WHERE to_org_id IS NOT NULL AND from_org_id IS DISTINCT FROM to_org_id
UNION ALL
SELECT id, from_org_id, happened_on, 0, 1, 0, seniority
FROM moves WHERE from_org_id IS NOT NULL AND to_org_id IS DISTINCT FROM from_org_id;

CREATE OR REPLACE VIEW org_months_by_move AS
SELECT move_id, org_id, COALESCE(CAST(DATE_TRUNC('month', happened_on) AS DATE), DATE '0001-01-01') AS month_start,
       arrivals, departures, weighted_arrivals, weighted_departures
FROM move_nets;

CREATE OR REPLACE VIEW org_years_by_move AS
SELECT move_id, org_id, CAST(DATE_TRUNC('year', happened_on) AS DATE) AS year_start, arrivals, departures,
       weighted_arrivals, weighted_departures, arrivals - departures AS net
FROM move_nets WHERE happened_on IS NOT NULL;

CREATE OR REPLACE VIEW org_totals_by_move AS
SELECT move_id, org_id, arrivals, departures, weighted_arrivals, weighted_departures, arrivals - departures AS net
FROM move_nets;

-- The fill: each table is its view grouped whole (on a new store, or after a rule changed).
DELETE FROM flow_totals;
INSERT INTO flow_totals (level, from_id, to_id, moves)
SELECT level, from_id, to_id, SUM(moves) FROM flow_totals_by_move GROUP BY level, from_id, to_id;
DELETE FROM flow_months;
INSERT INTO flow_months (level, from_id, to_id, month_start, moves)
SELECT level, from_id, to_id, month_start, SUM(moves) FROM flow_months_by_move GROUP BY level, from_id, to_id, month_start;
DELETE FROM flow_years;
INSERT INTO flow_years (level, from_id, to_id, year_start, moves)
SELECT level, from_id, to_id, year_start, SUM(moves) FROM flow_years_by_move GROUP BY level, from_id, to_id, year_start;
DELETE FROM pair_totals;
INSERT INTO pair_totals (from_org_id, from_unit_id, to_org_id, to_unit_id, kind, moves)
SELECT from_org_id, from_unit_id, to_org_id, to_unit_id, kind, SUM(moves) FROM pair_totals_by_move
GROUP BY from_org_id, from_unit_id, to_org_id, to_unit_id, kind;
DELETE FROM org_pairs;
INSERT INTO org_pairs (from_org_id, to_org_id, moves)
SELECT from_org_id, to_org_id, SUM(moves) FROM org_pairs_by_move GROUP BY from_org_id, to_org_id;
DELETE FROM side_totals;
INSERT INTO side_totals (org_id, unit_id, side, kind, moves)
SELECT org_id, unit_id, side, kind, SUM(moves) FROM side_totals_by_move GROUP BY org_id, unit_id, side, kind;
DELETE FROM side_quarters;
INSERT INTO side_quarters (org_id, unit_id, side, quarter_start, moves)
SELECT org_id, unit_id, side, quarter_start, SUM(moves) FROM side_quarters_by_move
GROUP BY org_id, unit_id, side, quarter_start;
DELETE FROM org_months;
INSERT INTO org_months (org_id, month_start, arrivals, departures, weighted_arrivals, weighted_departures)
SELECT org_id, month_start, SUM(arrivals), SUM(departures), SUM(weighted_arrivals), SUM(weighted_departures)
FROM org_months_by_move GROUP BY org_id, month_start;
DELETE FROM org_years;
INSERT INTO org_years (org_id, year_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT org_id, year_start, SUM(arrivals), SUM(departures), SUM(weighted_arrivals), SUM(weighted_departures), SUM(net)
FROM org_years_by_move GROUP BY org_id, year_start;
DELETE FROM org_totals;
INSERT INTO org_totals (org_id, arrivals, departures, weighted_arrivals, weighted_departures, net)
SELECT org_id, SUM(arrivals), SUM(departures), SUM(weighted_arrivals), SUM(weighted_departures), SUM(net)
FROM org_totals_by_move GROUP BY org_id;
