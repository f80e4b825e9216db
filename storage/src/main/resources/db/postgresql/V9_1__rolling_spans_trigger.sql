-- The triggers' share of V9: after a move changes, the windows of each span from 1 to 12 months that hold its month
-- (for s months, the s windows that start in it or in the s - 1 months before: 78 in all) are counted again from the
-- monthly summaries, for its pair at both levels and both its organizations. The floors are those of V9.
CREATE OR REPLACE FUNCTION move_rolling_flow(p_level SMALLINT, p_from BIGINT, p_to BIGINT, p_month DATE) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM flow_rolling WHERE level = p_level AND from_id = p_from AND to_id = p_to
        AND window_start BETWEEN CAST(p_month - INTERVAL '11 months' AS DATE) AND p_month
        AND window_start > CAST(p_month - span * INTERVAL '1 month' AS DATE);
    INSERT INTO flow_rolling (level, from_id, to_id, span, window_start, moves)
    SELECT p_level, p_from, p_to, s.span, CAST(w.ws AS DATE), SUM(f.moves)
    FROM generate_series(p_month - INTERVAL '11 months', p_month, INTERVAL '1 month') AS w (ws)
    JOIN generate_series(1, 12) AS s (span) ON w.ws > p_month - s.span * INTERVAL '1 month'
    JOIN flow_months f ON f.level = p_level AND f.from_id = p_from AND f.to_id = p_to
        AND f.month_start >= w.ws AND f.month_start < w.ws + s.span * INTERVAL '1 month'
    GROUP BY s.span, w.ws HAVING SUM(f.moves) >= CASE WHEN p_level = 1 THEN 2 ELSE 3 END;
END $$;

CREATE OR REPLACE FUNCTION move_rolling_net(p_org BIGINT, p_month DATE) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM org_rolling WHERE org_id = p_org
        AND window_start BETWEEN CAST(p_month - INTERVAL '11 months' AS DATE) AND p_month
        AND window_start > CAST(p_month - span * INTERVAL '1 month' AS DATE);
    INSERT INTO org_rolling (org_id, span, window_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
    SELECT p_org, s.span, CAST(w.ws AS DATE), SUM(m.arrivals), SUM(m.departures), SUM(m.weighted_arrivals),
           SUM(m.weighted_departures), SUM(m.arrivals) - SUM(m.departures)
    FROM generate_series(p_month - INTERVAL '11 months', p_month, INTERVAL '1 month') AS w (ws)
    JOIN generate_series(1, 12) AS s (span) ON w.ws > p_month - s.span * INTERVAL '1 month'
    JOIN org_months m ON m.org_id = p_org AND m.month_start >= w.ws AND m.month_start < w.ws + s.span * INTERVAL '1 month'
    GROUP BY s.span, w.ws HAVING SUM(m.arrivals) - SUM(m.departures) >= 3;
END $$;

ANALYZE flow_rolling, org_rolling;
