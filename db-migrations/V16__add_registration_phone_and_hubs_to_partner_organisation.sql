-- Admins keep a partner organisation's charity or company number, its phone and the hubs it
-- serves, beside the referral email every new referral is sent to.
ALTER TABLE partner_organisation ADD COLUMN registration_number VARCHAR(20);
ALTER TABLE partner_organisation ADD COLUMN phone VARCHAR(30);

CREATE TABLE partner_organisation_hub (
    organisation_id BIGINT NOT NULL REFERENCES partner_organisation (id),
    hub_id          BIGINT NOT NULL REFERENCES hub (id),
    PRIMARY KEY (organisation_id, hub_id)
);
