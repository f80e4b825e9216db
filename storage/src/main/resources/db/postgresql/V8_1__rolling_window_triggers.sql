-- Keeps the twelve-month windows of V8 exact: after a move changes, the windows that hold its old and new month are
-- counted again from the monthly summaries, for its pair at both levels and for both its organizations. The trigger
-- is named to fire after moves_summaries (PostgreSQL fires a table's triggers in name order), whose monthly counts it
-- reads. H2 runs the same rules in Java (org.talentflow.storage.RollingWindowTrigger).

CREATE FUNCTION move_rolling_flow(p_level SMALLINT, p_from BIGINT, p_to BIGINT, p_month DATE) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM flow_rolling WHERE level = p_level AND from_id = p_from AND to_id = p_to
        AND window_start BETWEEN CAST(p_month - INTERVAL '11 months' AS DATE) AND p_month;
    INSERT INTO flow_rolling (level, from_id, to_id, window_start, moves)
    SELECT p_level, p_from, p_to, CAST(w.ws AS DATE), SUM(f.moves)
    FROM generate_series(p_month - INTERVAL '11 months', p_month, INTERVAL '1 month') AS w (ws)
    JOIN flow_months f ON f.level = p_level AND f.from_id = p_from AND f.to_id = p_to
        AND f.month_start >= w.ws AND f.month_start < w.ws + INTERVAL '12 months'
    GROUP BY w.ws HAVING SUM(f.moves) >= 3;
END $$;

CREATE FUNCTION move_rolling_net(p_org BIGINT, p_month DATE) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM org_rolling WHERE org_id = p_org
        AND window_start BETWEEN CAST(p_month - INTERVAL '11 months' AS DATE) AND p_month;
    INSERT INTO org_rolling (org_id, window_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
    SELECT p_org, CAST(w.ws AS DATE), SUM(m.arrivals), SUM(m.departures), SUM(m.weighted_arrivals),
           SUM(m.weighted_departures), SUM(m.arrivals) - SUM(m.departures)
    FROM generate_series(p_month - INTERVAL '11 months', p_month, INTERVAL '1 month') AS w (ws)
    JOIN org_months m ON m.org_id = p_org AND m.month_start >= w.ws AND m.month_start < w.ws + INTERVAL '12 months'
    GROUP BY w.ws HAVING SUM(m.arrivals) - SUM(m.departures) >= 3;
END $$;

CREATE FUNCTION move_rolling_apply(m moves) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    v_month DATE := CAST(date_trunc('month', m.happened_on) AS DATE);
BEGIN
    IF m.happened_on IS NULL THEN
        RETURN; -- an undated move is in no window
    END IF;
    IF m.kind IN ('move', 'found') AND m.from_org_id IS NOT NULL AND m.to_org_id IS NOT NULL THEN
        IF m.from_org_id <> m.to_org_id THEN
            PERFORM move_rolling_flow(CAST(0 AS SMALLINT), m.from_org_id, m.to_org_id, v_month);
        END IF;
        IF m.from_node <> m.to_node THEN
            PERFORM move_rolling_flow(CAST(1 AS SMALLINT), m.from_node, m.to_node, v_month);
        END IF;
    END IF;
    IF m.to_org_id IS NOT NULL AND m.from_org_id IS DISTINCT FROM m.to_org_id THEN
        PERFORM move_rolling_net(m.to_org_id, v_month);
    END IF;
    IF m.from_org_id IS NOT NULL AND m.to_org_id IS DISTINCT FROM m.from_org_id THEN
        PERFORM move_rolling_net(m.from_org_id, v_month);
    END IF;
END $$;

CREATE FUNCTION move_rolling_track() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.kind, OLD.from_org_id, OLD.from_unit_id, OLD.to_org_id, OLD.to_unit_id, OLD.happened_on,
                             OLD.seniority) IS NOT DISTINCT FROM
                            (NEW.kind, NEW.from_org_id, NEW.from_unit_id, NEW.to_org_id, NEW.to_unit_id, NEW.happened_on,
                             NEW.seniority) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM move_rolling_apply(OLD);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM move_rolling_apply(NEW);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER moves_summaries_rolling AFTER INSERT OR UPDATE OR DELETE ON moves
    FOR EACH ROW EXECUTE FUNCTION move_rolling_track();

ANALYZE flow_rolling, org_rolling;
