-- The summaries of V7_2 are now counted from the views of R__summary_rules.sql, which say once what each move counts
-- where. A view reads the moves table, so a move's old rows are taken out before it changes or goes (this trigger)
-- and its new rows put in after (moves_summaries, whose class now does so too).
CREATE TRIGGER moves_summaries_old BEFORE UPDATE, DELETE ON moves FOR EACH ROW
    CALL 'org.talentflow.storage.MoveSummaryTrigger';
