-- People files (README, "People files"): a person's line expands to one row per device, so a row
-- is keyed by (line, item); item is 0 for a pair file's row. The verification of each row after
-- the revokes, and the entrances still open to its person, are kept with it.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE revocation_outcome ADD COLUMN item INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE revocation_outcome ADD COLUMN user_identity_key VARCHAR(200);
ALTER TABLE revocation_outcome ADD COLUMN person_ref VARCHAR(220);
ALTER TABLE revocation_outcome ADD COLUMN verification VARCHAR(20);
ALTER TABLE revocation_outcome ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE revocation_outcome ADD COLUMN acs_entrances VARCHAR(2000);
ALTER TABLE revocation_outcome ALTER COLUMN outcome SET DATA TYPE VARCHAR(32);
ALTER TABLE revocation_outcome DROP CONSTRAINT pk_revocation_outcome;
ALTER TABLE revocation_outcome ADD CONSTRAINT pk_revocation_outcome PRIMARY KEY (job_instance_id, line, item);
CREATE INDEX ix_revocation_outcome_identity ON revocation_outcome (job_instance_id, user_identity_id);
