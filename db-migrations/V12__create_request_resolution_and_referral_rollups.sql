-- More read models for insight, kept current from events (aggregates only, no resident identity).

-- Help requests per day, hub, ward and channel: how many, how many came from residents with two
-- or more requests in the 28 days up to it (repeat demand), from residents asking in three or more
-- need categories in those 28 days (complex demand), and the needs they carried.
CREATE TABLE request_day (
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

-- Help requests per day, hub and ward by the vulnerabilities the resident had when asking.
CREATE TABLE vulnerability_day (
    on_day         DATE         NOT NULL,
    hub_id         BIGINT       NOT NULL,
    ward_code      VARCHAR(9)   NOT NULL,
    vulnerability  VARCHAR(40)  NOT NULL,
    requests       INTEGER      NOT NULL,
    PRIMARY KEY (on_day, hub_id, ward_code, vulnerability)
);

-- Needs resolved per day, hub, ward, need category and priority: how many, how many within
-- their SLA, and the total minutes from asking to resolution.
CREATE TABLE resolution_day (
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

-- Referral events per day, hub, partner organisation and need category: sent, accepted,
-- declined, completed, could not help; for acceptances, the total minutes from sending.
CREATE TABLE referral_day (
    on_day          DATE         NOT NULL,
    hub_id          BIGINT       NOT NULL,
    partner_id      BIGINT       NOT NULL,
    category_code   VARCHAR(32)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    referrals       INTEGER      NOT NULL,
    minutes_total   BIGINT       NOT NULL,
    PRIMARY KEY (on_day, hub_id, partner_id, category_code, outcome)
);

-- Referrals remember the need category they were made for, so outcomes can be counted by need.
ALTER TABLE referral ADD COLUMN category_code VARCHAR(32);
UPDATE referral SET category_code = (SELECT t.category_code FROM need n JOIN need_type t ON t.id = n.need_type_id
                                     WHERE n.id = referral.need_id);

-- Alerts fire for a ward as well as for a hub ('' for a hub-wide alert).
ALTER TABLE insight_alert ADD COLUMN ward_code VARCHAR(9) DEFAULT '' NOT NULL;
ALTER TABLE insight_alert DROP CONSTRAINT uq_insight_alert;
ALTER TABLE insight_alert ADD CONSTRAINT uq_insight_alert_place UNIQUE (week_of, hub_id, ward_code, theme);
