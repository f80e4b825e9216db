-- Indexes for pages of one million moves. Every list shown newest first (an organization's departures and arrivals,
-- a unit's, a pair of organizations', a person's) is read in that order from an index, only as deep as the page
-- goes. The older single-column indexes stay: H2 backs the foreign keys with them.
CREATE INDEX moves_from_org_newest ON moves (from_org_id, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
CREATE INDEX moves_to_org_newest ON moves (to_org_id, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
CREATE INDEX moves_from_unit_newest ON moves (from_unit_id, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
CREATE INDEX moves_to_unit_newest ON moves (to_unit_id, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
CREATE INDEX moves_pair_newest ON moves (from_org_id, to_org_id, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
CREATE INDEX moves_person_newest ON moves (person_id, happened_on DESC NULLS LAST, reported_on DESC NULLS LAST, id DESC);
