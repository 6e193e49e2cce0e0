-- Callbacks that keep their word: a callback can be owed to check that the help arrived once a
-- need is met (callback_purpose CHECK_HELP; null is the callback the call asked for), and one the
-- helpline could not get through on is settled by the hub's coordinator (callback_closed_as:
-- DOORSTEP_CHECK, LETTER or CLOSED).
ALTER TABLE help_request ADD COLUMN callback_purpose VARCHAR(20);
ALTER TABLE help_request ADD COLUMN callback_closed_as VARCHAR(20);
