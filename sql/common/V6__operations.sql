-- Operations: closed months, Qince pushes, and the locks that let several `serve` instances share
-- one schedule. SQL in the subset MySQL 8, MariaDB 10.6+ and H2 (MySQL mode) share.

-- A month closed by month-end-close, with the totals it was closed with. state is CLOSED, or
-- REOPENED while a `run month-end-close --reopen` closes it again; reopen_count counts those.
CREATE TABLE month_close (
	trade_month          CHAR(7)        NOT NULL,
	state                VARCHAR(8)     NOT NULL,
	closed_at            TIMESTAMP      NULL,
	job_execution_id     BIGINT,
	goods_statements     INT            NOT NULL DEFAULT 0,
	goods_end_balance    DECIMAL(20, 4) NOT NULL DEFAULT 0,
	expense_statements   INT            NOT NULL DEFAULT 0,
	expense_total        DECIMAL(20, 4) NOT NULL DEFAULT 0,
	not_verified         INT            NOT NULL DEFAULT 0,
	reopened_at          TIMESTAMP      NULL,
	reopen_count         INT            NOT NULL DEFAULT 0,
	PRIMARY KEY (trade_month)
) DEFAULT CHARSET=utf8mb4;

-- Every push Qince delivered with a valid digest, stored before it is answered; msg_id makes a
-- second delivery of the same push a no-op. state: RECEIVED (to process), DONE, FAILED, REFUSED
-- (nothing to run, with the reason), STORED (kept for the prepayment jobs), IGNORED (an unknown
-- data type); result says what was run.
CREATE TABLE qince_push (
	msg_id               VARCHAR(64)    NOT NULL,
	data_type            VARCHAR(64)    NOT NULL,
	data_id              VARCHAR(64),
	data                 MEDIUMTEXT     NOT NULL,
	push_status          VARCHAR(8),
	push_timestamp       VARCHAR(20),
	received_at          TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	state                VARCHAR(10)    NOT NULL,
	result               VARCHAR(1000),
	processed_at         TIMESTAMP      NULL,
	PRIMARY KEY (msg_id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX qince_push_state ON qince_push (state, received_at);

-- One row per scheduled run (schedule name and the instant it was due): the `serve` instance
-- that inserts it launches the run; the others see the duplicate key and do nothing.
CREATE TABLE schedule_lock (
	schedule_name        VARCHAR(64)    NOT NULL,
	scheduled_at         VARCHAR(32)    NOT NULL,
	instance_id          VARCHAR(100)   NOT NULL,
	locked_at            TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (schedule_name, scheduled_at)
) DEFAULT CHARSET=utf8mb4;
