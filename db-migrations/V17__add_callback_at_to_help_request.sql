-- "Call back later" keeps the date and time agreed with the resident; the callback queue holds it
-- back until then and shows it.
ALTER TABLE help_request ADD COLUMN callback_at TIMESTAMP WITH TIME ZONE;
