-- The monthly pair counts of a level in month order: a window that no summary keeps whole and whose top pairs have
-- few moves each (their ties would make the threshold algorithm read most of the window anyway) is summed from its
-- own months in one statement.
CREATE INDEX flow_months_window ON flow_months (level, month_start);
