-- The process that owns each running execution. The owner holds a lock named lock_name (GET_LOCK on
-- MySQL/MariaDB, a file lock beside the embedded H2 database) for as long as it runs the execution;
-- this row says who it is, for `status` and for the message that refuses a second run. The row is
-- deleted when the owner ends normally; one left behind by a dead owner is replaced by the next.
CREATE TABLE run_owner (
	lock_name            VARCHAR(64)    NOT NULL,
	job_name             VARCHAR(100)   NOT NULL,
	job_key              VARCHAR(1000)  NOT NULL,
	host                 VARCHAR(255)   NOT NULL,
	pid                  BIGINT         NOT NULL,
	process_started_at   TIMESTAMP      NULL,
	owned_since          TIMESTAMP      NOT NULL,
	PRIMARY KEY (lock_name)
) DEFAULT CHARSET=utf8mb4;
