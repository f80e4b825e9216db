-- Seniority weight of each move (see org.talentflow.core.domain.Seniority): weighted flows sum it.
-- Moves stored before this migration count as staff (1) until their role is seen again.
ALTER TABLE moves ADD COLUMN seniority INTEGER DEFAULT 1 NOT NULL;
