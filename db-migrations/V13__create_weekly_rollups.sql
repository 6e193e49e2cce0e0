-- Weekly copies of insight's rollups (on_day is the Monday the week starts), so dashboards over
-- long periods sum a seventh of the rows. Kept current alongside the daily ones.
CREATE TABLE demand_week (
    on_day         DATE         NOT NULL,
    hub_id         BIGINT       NOT NULL,
    ward_code      VARCHAR(9)   NOT NULL,
    category_code  VARCHAR(32)  NOT NULL,
    channel        VARCHAR(16)  NOT NULL,
    needs          INTEGER      NOT NULL,
    PRIMARY KEY (on_day, hub_id, ward_code, category_code, channel)
);

CREATE TABLE request_week (
    on_day            DATE         NOT NULL,
    hub_id            BIGINT       NOT NULL,
    ward_code         VARCHAR(9)   NOT NULL,
    channel           VARCHAR(16)  NOT NULL,
    requests          INTEGER      NOT NULL,
    repeat_requests   INTEGER      NOT NULL,
    complex_requests  INTEGER      NOT NULL,
    needs             INTEGER      NOT NULL,
    PRIMARY KEY (on_day, hub_id, ward_code, channel)
);

CREATE TABLE vulnerability_week (
    on_day         DATE         NOT NULL,
    hub_id         BIGINT       NOT NULL,
    ward_code      VARCHAR(9)   NOT NULL,
    vulnerability  VARCHAR(40)  NOT NULL,
    requests       INTEGER      NOT NULL,
    PRIMARY KEY (on_day, hub_id, ward_code, vulnerability)
);

CREATE TABLE resolution_week (
    on_day          DATE         NOT NULL,
    hub_id          BIGINT       NOT NULL,
    ward_code       VARCHAR(9)   NOT NULL,
    category_code   VARCHAR(32)  NOT NULL,
    priority        VARCHAR(2)   NOT NULL,
    resolved        INTEGER      NOT NULL,
    within_sla      INTEGER      NOT NULL,
    minutes_total   BIGINT       NOT NULL,
    PRIMARY KEY (on_day, hub_id, ward_code, category_code, priority)
);

CREATE TABLE referral_week (
    on_day          DATE         NOT NULL,
    hub_id          BIGINT       NOT NULL,
    partner_id      BIGINT       NOT NULL,
    category_code   VARCHAR(32)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    referrals       INTEGER      NOT NULL,
    minutes_total   BIGINT       NOT NULL,
    PRIMARY KEY (on_day, hub_id, partner_id, category_code, outcome)
);
