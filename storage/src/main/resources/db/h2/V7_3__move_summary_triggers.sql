-- Keeps the summaries of V7_2 exact: every change to a move takes its old row out of the counts and puts its new row
-- in, inside the transaction that changed it, whoever the writer is. PostgreSQL runs the same rules in PL/pgSQL; the
-- summary contract test holds both to a recount.
CREATE TRIGGER moves_summaries AFTER INSERT, UPDATE, DELETE ON moves FOR EACH ROW
    CALL 'org.talentflow.storage.MoveSummaryTrigger';

-- Fresh statistics for the new tables (and the rest of this embedded database), as PostgreSQL's script gathers them.
ANALYZE;
