-- The console's audit log: every action a console user asked for (resume, stop, start, re-run,
-- close, reopen, a prepayment file), with who and when, and what it ended with.
CREATE TABLE console_audit (
	id                   BIGINT         NOT NULL AUTO_INCREMENT,
	acted_at             TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	user_name            VARCHAR(100)   NOT NULL,
	action               VARCHAR(32)    NOT NULL,
	target               VARCHAR(500)   NOT NULL,
	outcome              VARCHAR(16)    NOT NULL,
	detail               VARCHAR(2000),
	finished_at          TIMESTAMP      NULL,
	PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX console_audit_time ON console_audit (acted_at);
