-- When a move was first reported (the earliest publication date of its sources). It dates an undated move and
-- breaks ties between moves of the same month in the newest-first feed.
ALTER TABLE moves ADD COLUMN reported_on DATE;
UPDATE moves SET reported_on = (SELECT MIN(d.published) FROM evidence e JOIN documents d ON d.id = e.document_id
                                WHERE e.move_id = moves.id);
UPDATE moves SET happened_on = reported_on WHERE move_date IS NULL;
CREATE INDEX moves_newest ON moves (happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
