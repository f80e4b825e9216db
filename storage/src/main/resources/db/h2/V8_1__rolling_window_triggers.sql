-- Keeps the twelve-month windows of V8 exact: the trigger on moves becomes one that updates the summaries of V7_2
-- first and then counts again, from the monthly summaries, the windows that hold a changed move's old and new month.
-- PostgreSQL runs the same rules in PL/pgSQL; the summary contract test holds both to a recount.
DROP TRIGGER moves_summaries;
CREATE TRIGGER moves_summaries AFTER INSERT, UPDATE, DELETE ON moves FOR EACH ROW
    CALL 'org.talentflow.storage.RollingWindowTrigger';

ANALYZE;
