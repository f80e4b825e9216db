-- Where a move starts and ends at unit level: the unit when one is named, else the organization. Computed by the
-- database from the stored columns, so every writer gets it right; flows at unit level group and page by it.
ALTER TABLE moves ADD COLUMN from_node BIGINT GENERATED ALWAYS AS (COALESCE(from_unit_id, from_org_id));
ALTER TABLE moves ADD COLUMN to_node BIGINT GENERATED ALWAYS AS (COALESCE(to_unit_id, to_org_id));
