-- Scheduled jobs that must run once per period across every application instance (issue #19): an
-- instance runs a job's period only if it moved the job's row to that period first. One row per job,
-- created at the first claim.
CREATE TABLE job_lease (
    name         VARCHAR(64)  NOT NULL,
    period_start TIMESTAMP(6) NOT NULL,
    holder       VARCHAR(190) NOT NULL,
    claimed_at   TIMESTAMP(6) NOT NULL,
    runs         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
