-- A postcode import's progress is written with each batch, so an admin whose page is served by
-- another node of the cluster sees it move too (thousandths of the file read).
ALTER TABLE postcode_directory ADD COLUMN progress_per_mille INTEGER DEFAULT 0 NOT NULL;
