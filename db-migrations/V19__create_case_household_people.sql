-- People of a case's household who are not on Hubline (a partner, a child, a carer): a name and
-- how they are related, kept with the case and removed with it.
CREATE TABLE case_household_person (
    case_id       BIGINT        NOT NULL REFERENCES household_case (id) ON DELETE CASCADE,
    name          VARCHAR(200)  NOT NULL,
    relationship  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (case_id, name, relationship)
);
