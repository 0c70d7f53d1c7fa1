-- Who runs a job instance right now, across hosts sharing one job repository (README, "Production").
-- Keyed by the job key (what BATCH_JOB_INSTANCE.JOB_KEY holds), so a lease can be taken before the
-- instance exists: two hosts starting the same file at once race on this primary key, not on Spring
-- Batch's tables. expires_at is set from the database's clock, so hosts' clocks do not matter.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE run_lease (
    run_key     VARCHAR(200)             NOT NULL,
    owner       VARCHAR(64)              NOT NULL,
    host        VARCHAR(255)             NOT NULL,
    pid         BIGINT                   NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_run_lease PRIMARY KEY (run_key)
);
