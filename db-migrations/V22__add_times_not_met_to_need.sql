-- How many times a need has ended not met: a need reopened and not met again is the same need
-- not met twice, which the complex-demand rules look for. Needs not met before now count once.
ALTER TABLE need ADD COLUMN times_not_met INTEGER DEFAULT 0 NOT NULL;
UPDATE need SET times_not_met = 1 WHERE status = 'NOT_MET';
