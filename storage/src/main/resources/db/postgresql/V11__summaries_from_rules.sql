-- The summaries of V7_2 are now counted from the views of R__summary_rules.sql, which say once what each move counts
-- where. A view reads the moves table, so a move's old rows are taken out before it changes or goes
-- (moves_summaries_old) and its new rows put in after (moves_summaries, named to fire before the kept windows'
-- trigger, which reads the monthly counts). H2 does the same in Java (org.talentflow.storage.MoveSummaryTrigger);
-- the summary contract test holds both to a recount from the views.
DROP TRIGGER moves_summaries ON moves;
DROP FUNCTION move_summaries_track();
DROP FUNCTION move_summaries_apply(moves, INTEGER);
DROP FUNCTION move_summaries_side(BIGINT, BIGINT, CHAR, VARCHAR, DATE, INTEGER);
DROP FUNCTION move_summaries_net(BIGINT, DATE, INTEGER, INTEGER, INTEGER, INTEGER);

-- Adds the move's rows (p_sign 1) or takes them out (-1).
CREATE FUNCTION move_summaries_apply(p_move BIGINT, p_sign INTEGER) RETURNS void
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO flow_totals AS t (level, from_id, to_id, moves)
    SELECT level, from_id, to_id, p_sign * SUM(moves) FROM flow_totals_by_move WHERE move_id = p_move GROUP BY level,
        from_id, to_id
    ON CONFLICT (level, from_id, to_id) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO flow_months AS t (level, from_id, to_id, month_start, moves)
    SELECT level, from_id, to_id, month_start, p_sign * SUM(moves) FROM flow_months_by_move WHERE move_id = p_move
        GROUP BY level, from_id, to_id, month_start
    ON CONFLICT (level, from_id, to_id, month_start) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO flow_years AS t (level, from_id, to_id, year_start, moves)
    SELECT level, from_id, to_id, year_start, p_sign * SUM(moves) FROM flow_years_by_move WHERE move_id = p_move
        GROUP BY level, from_id, to_id, year_start
    ON CONFLICT (level, from_id, to_id, year_start) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO pair_totals AS t (from_org_id, from_unit_id, to_org_id, to_unit_id, kind, moves)
    SELECT from_org_id, from_unit_id, to_org_id, to_unit_id, kind, p_sign * SUM(moves) FROM pair_totals_by_move WHERE
        move_id = p_move GROUP BY from_org_id, from_unit_id, to_org_id, to_unit_id, kind
    ON CONFLICT (from_org_id, from_unit_id, to_org_id, to_unit_id, kind) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO org_pairs AS t (from_org_id, to_org_id, moves)
    SELECT from_org_id, to_org_id, p_sign * SUM(moves) FROM org_pairs_by_move WHERE move_id = p_move GROUP BY
        from_org_id, to_org_id
    ON CONFLICT (from_org_id, to_org_id) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO side_totals AS t (org_id, unit_id, side, kind, moves)
    SELECT org_id, unit_id, side, kind, p_sign * SUM(moves) FROM side_totals_by_move WHERE move_id = p_move GROUP BY
        org_id, unit_id, side, kind
    ON CONFLICT (org_id, unit_id, side, kind) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO side_quarters AS t (org_id, unit_id, side, quarter_start, moves)
    SELECT org_id, unit_id, side, quarter_start, p_sign * SUM(moves) FROM side_quarters_by_move WHERE move_id = p_move
        GROUP BY org_id, unit_id, side, quarter_start
    ON CONFLICT (org_id, unit_id, side, quarter_start) DO UPDATE SET moves = t.moves + EXCLUDED.moves;
    INSERT INTO org_months AS t (org_id, month_start, arrivals, departures, weighted_arrivals, weighted_departures)
    SELECT org_id, month_start, p_sign * SUM(arrivals), p_sign * SUM(departures), p_sign * SUM(weighted_arrivals),
        p_sign * SUM(weighted_departures) FROM org_months_by_move WHERE move_id = p_move GROUP BY org_id, month_start
    ON CONFLICT (org_id, month_start) DO UPDATE SET arrivals = t.arrivals + EXCLUDED.arrivals, departures = t.departures
        + EXCLUDED.departures, weighted_arrivals = t.weighted_arrivals + EXCLUDED.weighted_arrivals, weighted_departures
        = t.weighted_departures + EXCLUDED.weighted_departures;
    INSERT INTO org_years AS t (org_id, year_start, arrivals, departures, weighted_arrivals, weighted_departures, net)
    SELECT org_id, year_start, p_sign * SUM(arrivals), p_sign * SUM(departures), p_sign * SUM(weighted_arrivals), p_sign
        * SUM(weighted_departures), p_sign * SUM(net) FROM org_years_by_move WHERE move_id = p_move GROUP BY org_id,
        year_start
    ON CONFLICT (org_id, year_start) DO UPDATE SET arrivals = t.arrivals + EXCLUDED.arrivals, departures = t.departures
        + EXCLUDED.departures, weighted_arrivals = t.weighted_arrivals + EXCLUDED.weighted_arrivals, weighted_departures
        = t.weighted_departures + EXCLUDED.weighted_departures, net = t.net + EXCLUDED.net;
    INSERT INTO org_totals AS t (org_id, arrivals, departures, weighted_arrivals, weighted_departures, net)
    SELECT org_id, p_sign * SUM(arrivals), p_sign * SUM(departures), p_sign * SUM(weighted_arrivals), p_sign *
        SUM(weighted_departures), p_sign * SUM(net) FROM org_totals_by_move WHERE move_id = p_move GROUP BY org_id
    ON CONFLICT (org_id) DO UPDATE SET arrivals = t.arrivals + EXCLUDED.arrivals, departures = t.departures +
        EXCLUDED.departures, weighted_arrivals = t.weighted_arrivals + EXCLUDED.weighted_arrivals, weighted_departures =
        t.weighted_departures + EXCLUDED.weighted_departures, net = t.net + EXCLUDED.net;
    IF p_sign < 0 THEN -- a row whose counts all fall to zero goes: the tables hold only what the moves hold
        DELETE FROM flow_totals WHERE (level, from_id, to_id) IN (SELECT level, from_id, to_id FROM flow_totals_by_move
            WHERE move_id = p_move) AND moves = 0;
        DELETE FROM flow_months WHERE (level, from_id, to_id, month_start) IN (SELECT level, from_id, to_id, month_start
            FROM flow_months_by_move WHERE move_id = p_move) AND moves = 0;
        DELETE FROM flow_years WHERE (level, from_id, to_id, year_start) IN (SELECT level, from_id, to_id, year_start
            FROM flow_years_by_move WHERE move_id = p_move) AND moves = 0;
        DELETE FROM pair_totals WHERE (from_org_id, from_unit_id, to_org_id, to_unit_id, kind) IN (SELECT from_org_id,
            from_unit_id, to_org_id, to_unit_id, kind FROM pair_totals_by_move WHERE move_id = p_move) AND moves = 0;
        DELETE FROM org_pairs WHERE (from_org_id, to_org_id) IN (SELECT from_org_id, to_org_id FROM org_pairs_by_move
            WHERE move_id = p_move) AND moves = 0;
        DELETE FROM side_totals WHERE (org_id, unit_id, side, kind) IN (SELECT org_id, unit_id, side, kind FROM
            side_totals_by_move WHERE move_id = p_move) AND moves = 0;
        DELETE FROM side_quarters WHERE (org_id, unit_id, side, quarter_start) IN (SELECT org_id, unit_id, side,
            quarter_start FROM side_quarters_by_move WHERE move_id = p_move) AND moves = 0;
        DELETE FROM org_months WHERE (org_id, month_start) IN (SELECT org_id, month_start FROM org_months_by_move WHERE
            move_id = p_move) AND arrivals = 0 AND departures = 0 AND weighted_arrivals = 0 AND weighted_departures = 0;
        DELETE FROM org_years WHERE (org_id, year_start) IN (SELECT org_id, year_start FROM org_years_by_move WHERE
            move_id = p_move) AND arrivals = 0 AND departures = 0 AND weighted_arrivals = 0 AND weighted_departures = 0
            AND net = 0;
        DELETE FROM org_totals WHERE (org_id) IN (SELECT org_id FROM org_totals_by_move WHERE move_id = p_move) AND
            arrivals = 0 AND departures = 0 AND weighted_arrivals = 0 AND weighted_departures = 0 AND net = 0;
    END IF;
END $$;

CREATE FUNCTION move_summaries_track() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.kind, OLD.from_org_id, OLD.from_unit_id, OLD.to_org_id, OLD.to_unit_id, OLD.happened_on,
                             OLD.seniority) IS NOT DISTINCT FROM
                            (NEW.kind, NEW.from_org_id, NEW.from_unit_id, NEW.to_org_id, NEW.to_unit_id, NEW.happened_on,
                             NEW.seniority) THEN
        RETURN NEW; -- a new confidence or role text changes no count
    END IF;
    IF TG_WHEN = 'BEFORE' THEN
        PERFORM move_summaries_apply(OLD.id, -1);
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    PERFORM move_summaries_apply(NEW.id, 1);
    RETURN NULL;
END $$;

CREATE TRIGGER moves_summaries_old BEFORE UPDATE OR DELETE ON moves
    FOR EACH ROW EXECUTE FUNCTION move_summaries_track();
CREATE TRIGGER moves_summaries AFTER INSERT OR UPDATE ON moves
    FOR EACH ROW EXECUTE FUNCTION move_summaries_track();
