-- The floor of V8_3: a unit pair is kept in a window from 2 moves, an organization pair from 3.
CREATE OR REPLACE FUNCTION move_rolling_flow(p_level SMALLINT, p_from BIGINT, p_to BIGINT, p_month DATE) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM flow_rolling WHERE level = p_level AND from_id = p_from AND to_id = p_to
        AND window_start BETWEEN CAST(p_month - INTERVAL '11 months' AS DATE) AND p_month;
    INSERT INTO flow_rolling (level, from_id, to_id, window_start, moves)
    SELECT p_level, p_from, p_to, CAST(w.ws AS DATE), SUM(f.moves)
    FROM generate_series(p_month - INTERVAL '11 months', p_month, INTERVAL '1 month') AS w (ws)
    JOIN flow_months f ON f.level = p_level AND f.from_id = p_from AND f.to_id = p_to
        AND f.month_start >= w.ws AND f.month_start < w.ws + INTERVAL '12 months'
    GROUP BY w.ws HAVING SUM(f.moves) >= CASE WHEN p_level = 1 THEN 2 ELSE 3 END;
END $$;

ANALYZE flow_rolling;
