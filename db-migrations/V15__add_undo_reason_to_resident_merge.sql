-- A merge undone on purpose, days later from the resident's page, says why (kept here, not in the
-- audit trail, because it may be about the person).
ALTER TABLE resident_merge ADD COLUMN undo_reason VARCHAR(500);
