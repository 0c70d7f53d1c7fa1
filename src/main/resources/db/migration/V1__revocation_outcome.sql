-- One row per input row of a job instance: the system of record the report is exported from.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
CREATE TABLE revocation_outcome (
    job_instance_id  BIGINT        NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    line             BIGINT        NOT NULL,
    source_line      BIGINT        NOT NULL,
    user_identity_id VARCHAR(200),
    device_id        VARCHAR(200),
    outcome          VARCHAR(16)   NOT NULL,
    http_status      INTEGER,
    error_type       VARCHAR(200),
    error_message    VARCHAR(2000),
    attempts         INTEGER       NOT NULL,
    seam_request_id  VARCHAR(200),
    processed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_revocation_outcome PRIMARY KEY (job_instance_id, line)
);

CREATE INDEX ix_revocation_outcome_failed ON revocation_outcome (job_instance_id, outcome);
