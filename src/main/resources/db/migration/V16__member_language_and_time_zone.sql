-- A member's language and time zone for pages and mail. NULL: not chosen (pages follow the browser,
-- mail the install's default language; dates the browser's zone).
ALTER TABLE member
    ADD COLUMN language  VARCHAR(8)  NULL,
    ADD COLUMN time_zone VARCHAR(64) NULL;
