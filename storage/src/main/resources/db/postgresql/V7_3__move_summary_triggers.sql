-- Keeps the summaries of V7_2 exact: every change to a move takes its old row out of the counts and puts its new row
-- in, inside the transaction that changed it, whoever the writer is. H2 runs the same rules in Java
-- (org.talentflow.storage.MoveSummaryTrigger); the summary contract test holds both to a recount.

CREATE FUNCTION move_summaries_apply(m moves, delta INTEGER) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    v_month DATE := COALESCE(CAST(date_trunc('month', m.happened_on) AS DATE), DATE '0001-01-01');
    v_year DATE := CAST(date_trunc('year', m.happened_on) AS DATE);
    v_quarter DATE := CAST(date_trunc('quarter', m.happened_on) AS DATE);
    v_from_unit BIGINT := COALESCE(m.from_unit_id, 0);
    v_to_unit BIGINT := COALESCE(m.to_unit_id, 0);
    v_level SMALLINT;
    v_from BIGINT;
    v_to BIGINT;
BEGIN
    IF m.kind IN ('move', 'found') AND m.from_org_id IS NOT NULL AND m.to_org_id IS NOT NULL THEN
        FOR v_level, v_from, v_to IN SELECT 0, m.from_org_id, m.to_org_id UNION ALL SELECT 1, m.from_node, m.to_node LOOP
            CONTINUE WHEN v_from = v_to;
            INSERT INTO flow_totals AS t (level, from_id, to_id, moves) VALUES (v_level, v_from, v_to, delta)
            ON CONFLICT (level, from_id, to_id) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
            DELETE FROM flow_totals WHERE level = v_level AND from_id = v_from AND to_id = v_to AND moves = 0;
            IF m.happened_on IS NOT NULL THEN
                INSERT INTO flow_months AS t (level, from_id, to_id, month_start, moves) VALUES (v_level, v_from, v_to, v_month, delta)
                ON CONFLICT (level, from_id, to_id, month_start) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
                DELETE FROM flow_months WHERE level = v_level AND from_id = v_from AND to_id = v_to AND month_start = v_month
                    AND moves = 0;
                INSERT INTO flow_years AS t (level, from_id, to_id, year_start, moves) VALUES (v_level, v_from, v_to, v_year, delta)
                ON CONFLICT (level, from_id, to_id, year_start) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
                DELETE FROM flow_years WHERE level = v_level AND from_id = v_from AND to_id = v_to AND year_start = v_year
                    AND moves = 0;
            END IF;
        END LOOP;
    END IF;

    IF m.from_org_id IS NOT NULL AND m.to_org_id IS NOT NULL THEN
        INSERT INTO pair_totals AS t (from_org_id, from_unit_id, to_org_id, to_unit_id, kind, moves)
        VALUES (m.from_org_id, v_from_unit, m.to_org_id, v_to_unit, m.kind, delta)
        ON CONFLICT (from_org_id, from_unit_id, to_org_id, to_unit_id, kind) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
        DELETE FROM pair_totals WHERE from_org_id = m.from_org_id AND from_unit_id = v_from_unit AND to_org_id = m.to_org_id
            AND to_unit_id = v_to_unit AND kind = m.kind AND moves = 0;
        INSERT INTO org_pairs AS t (from_org_id, to_org_id, moves) VALUES (m.from_org_id, m.to_org_id, delta)
        ON CONFLICT (from_org_id, to_org_id) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
        DELETE FROM org_pairs WHERE from_org_id = m.from_org_id AND to_org_id = m.to_org_id AND moves = 0;
    END IF;

    IF m.from_org_id IS NOT NULL THEN
        PERFORM move_summaries_side(m.from_org_id, v_from_unit, 'o', m.kind, v_quarter, delta);
    END IF;
    IF m.to_org_id IS NOT NULL THEN
        PERFORM move_summaries_side(m.to_org_id, v_to_unit, 'i', m.kind, v_quarter, delta);
    END IF;

    IF m.to_org_id IS NOT NULL AND m.from_org_id IS DISTINCT FROM m.to_org_id THEN
        PERFORM move_summaries_net(m.to_org_id, v_month, delta, 0, delta * m.seniority, 0);
    END IF;
    IF m.from_org_id IS NOT NULL AND m.to_org_id IS DISTINCT FROM m.from_org_id THEN
        PERFORM move_summaries_net(m.from_org_id, v_month, 0, delta, 0, delta * m.seniority);
    END IF;
END $$;

CREATE FUNCTION move_summaries_side(p_org BIGINT, p_unit BIGINT, p_side CHAR(1), p_kind VARCHAR, p_quarter DATE,
                                    delta INTEGER) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO side_totals AS t (org_id, unit_id, side, kind, moves) VALUES (p_org, p_unit, p_side, p_kind, delta)
    ON CONFLICT (org_id, unit_id, side, kind) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    DELETE FROM side_totals WHERE org_id = p_org AND unit_id = p_unit AND side = p_side AND kind = p_kind AND moves = 0;
    IF p_quarter IS NOT NULL THEN
        INSERT INTO side_quarters AS t (org_id, unit_id, side, quarter_start, moves) VALUES (p_org, p_unit, p_side, p_quarter, delta)
        ON CONFLICT (org_id, unit_id, side, quarter_start) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
        DELETE FROM side_quarters WHERE org_id = p_org AND unit_id = p_unit AND side = p_side AND quarter_start = p_quarter
            AND moves = 0;
    END IF;
END $$;

CREATE FUNCTION move_summaries_net(p_org BIGINT, p_month DATE, p_in INTEGER, p_out INTEGER, p_weight_in INTEGER,
                                   p_weight_out INTEGER) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO org_months AS t (org_id, month_start, arrivals, departures, weighted_arrivals, weighted_departures)
    VALUES (p_org, p_month, p_in, p_out, p_weight_in, p_weight_out)
    ON CONFLICT (org_id, month_start) DO UPDATE SET arrivals = t.arrivals + EXCLUDED.arrivals,
        departures = t.departures + EXCLUDED.departures, weighted_arrivals = t.weighted_arrivals + EXCLUDED.weighted_arrivals,
        weighted_departures = t.weighted_departures + EXCLUDED.weighted_departures;
    DELETE FROM org_months WHERE org_id = p_org AND month_start = p_month AND arrivals = 0 AND departures = 0;
    IF p_month > DATE '0001-01-01' THEN
        INSERT INTO org_years AS t (org_id, year_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
        VALUES (p_org, CAST(date_trunc('year', p_month) AS DATE), p_in, p_out, p_weight_in, p_weight_out, p_in - p_out)
        ON CONFLICT (org_id, year_start) DO UPDATE SET arrivals = t.arrivals + EXCLUDED.arrivals,
            departures = t.departures + EXCLUDED.departures, weighted_arrivals = t.weighted_arrivals + EXCLUDED.weighted_arrivals,
            weighted_departures = t.weighted_departures + EXCLUDED.weighted_departures, net = t.net + EXCLUDED.net;
        DELETE FROM org_years WHERE org_id = p_org AND year_start = CAST(date_trunc('year', p_month) AS DATE)
            AND arrivals = 0 AND departures = 0;
    END IF;
    INSERT INTO org_totals AS t (org_id, arrivals, departures, weighted_arrivals, weighted_departures, net)
    VALUES (p_org, p_in, p_out, p_weight_in, p_weight_out, p_in - p_out)
    ON CONFLICT (org_id) DO UPDATE SET arrivals = t.arrivals + EXCLUDED.arrivals,
        departures = t.departures + EXCLUDED.departures, weighted_arrivals = t.weighted_arrivals + EXCLUDED.weighted_arrivals,
        weighted_departures = t.weighted_departures + EXCLUDED.weighted_departures, net = t.net + EXCLUDED.net;
    DELETE FROM org_totals WHERE org_id = p_org AND arrivals = 0 AND departures = 0;
END $$;

CREATE FUNCTION move_summaries_track() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.kind, OLD.from_org_id, OLD.from_unit_id, OLD.to_org_id, OLD.to_unit_id, OLD.happened_on,
                             OLD.seniority) IS NOT DISTINCT FROM
                            (NEW.kind, NEW.from_org_id, NEW.from_unit_id, NEW.to_org_id, NEW.to_unit_id, NEW.happened_on,
                             NEW.seniority) THEN
        RETURN NULL; -- a new confidence or role text changes no count
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM move_summaries_apply(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM move_summaries_apply(NEW, 1);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER moves_summaries AFTER INSERT OR UPDATE OR DELETE ON moves
    FOR EACH ROW EXECUTE FUNCTION move_summaries_track();

-- Fresh statistics, so that the planner reads the new tables by their indexes from the first query on (until
-- autovacuum gets to them it would guess their sizes).
ANALYZE flow_totals, flow_months, flow_years, pair_totals, org_pairs, side_totals, side_quarters, org_months, org_years,
    org_totals;
