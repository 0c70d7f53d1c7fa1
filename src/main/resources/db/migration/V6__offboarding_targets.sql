-- Offboarding a person completely (docs/offboarding.md): a person's line expands to one row per
-- thing Seam has to remove, and each row says what it acts on: its kind (ACCESS_GRANT, DEVICE,
-- ACS_USER, CLIENT_SESSION; ACS_ENTRANCE only for an entrance found still open at verification),
-- Seam's id and name of it, and, for an access-control user, its access system. requested_at is
-- when the removal Seam accepted was sent, confirmed_at when Seam's own lists first showed it gone.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE revocation_outcome ADD COLUMN target_kind VARCHAR(20);
ALTER TABLE revocation_outcome ADD COLUMN target_id VARCHAR(200);
ALTER TABLE revocation_outcome ADD COLUMN target_name VARCHAR(200);
ALTER TABLE revocation_outcome ADD COLUMN acs_system_id VARCHAR(200);
ALTER TABLE revocation_outcome ADD COLUMN requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE revocation_outcome ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
-- rows written before this version act on the device they name
UPDATE revocation_outcome SET target_kind = 'DEVICE', target_id = device_id
    WHERE device_id IS NOT NULL AND device_id <> '';
