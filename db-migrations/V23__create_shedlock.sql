-- Scheduled jobs (the morning alert check, ward moves, the nightly event purge) run once per
-- cluster: the node that takes a job's row here runs it; the others skip that turn.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
