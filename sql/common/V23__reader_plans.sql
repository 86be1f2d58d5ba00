-- What a build or write-back step works through, written once when the step starts: its reader
-- pages over this table's primary key, so that a page costs the same at the end of a month of a
-- million lines as at its start (paging over the union of erp_line, statement_ledger and
-- opening_balance, or of statement_line joined to statement_ledger, recomputed that union for
-- every page). Rows of step executions that ended are deleted when the next plan is written.

-- The (company, customer) pairs a build step makes statements for.
CREATE TABLE statement_key_plan (
	step_execution_id    BIGINT         NOT NULL,
	company_code         VARCHAR(64)    NOT NULL,
	customer_code        VARCHAR(100)   NOT NULL,
	PRIMARY KEY (step_execution_id, company_code, customer_code)
) DEFAULT CHARSET=utf8mb4;

-- The write-backs the verified statements of a month need: update_voucher_no on each ERP order
-- (target ORDER, the statement number), update_third_id on each ERP line (target DETAIL, Qince's
-- statement id).
CREATE TABLE writeback_plan (
	step_execution_id    BIGINT         NOT NULL,
	business_type        VARCHAR(20)    NOT NULL,
	target               VARCHAR(8)     NOT NULL,
	target_id            VARCHAR(64)    NOT NULL,
	statement_no         VARCHAR(32)    NOT NULL,
	written_value        VARCHAR(64),
	customer_code        VARCHAR(100)   NOT NULL,
	PRIMARY KEY (step_execution_id, business_type, target, target_id, statement_no)
) DEFAULT CHARSET=utf8mb4;
