-- What the help must respect: dietary requirements (halal, kosher, vegetarian, vegan, gluten-free,
-- a food allergy) and communication and access needs (BSL, large print, easy read, hearing or
-- sight loss, mobility), as a small set per resident, with a short note (the allergy, say).
CREATE TABLE resident_support_need (
    resident_id BIGINT      NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    need        VARCHAR(20) NOT NULL,
    PRIMARY KEY (resident_id, need)
);
ALTER TABLE resident ADD COLUMN support_note VARCHAR(200);
