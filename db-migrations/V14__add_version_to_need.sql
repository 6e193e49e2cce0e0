-- A need is its own aggregate: its status changes are checked by the need itself and saved with
-- optimistic locking, so two changes made at once cannot both win.
ALTER TABLE need ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
