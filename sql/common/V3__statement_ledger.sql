-- The statement pipeline: who Qince wants statements for, the ledger of built and sent statements
-- (the outbox), which ERP lines each statement holds, and the write-backs made to the ERP.

-- Qince's statement customers (getCustomers) as fetched for one job instance, so that a restarted
-- run works on the same list.
CREATE TABLE statement_customer (
	job_instance_id      BIGINT         NOT NULL,
	customer_code        VARCHAR(100)   NOT NULL,
	PRIMARY KEY (job_instance_id, customer_code)
) DEFAULT CHARSET=utf8mb4;

-- One row per statement (kind GOODS = 货款对账单, EXPENSE = 费用对账单). content_json is the exact
-- request the statement is sent as, content_hash its SHA-256; sent_hash is the hash Qince last
-- accepted, so a statement is sent again only when its content changed. attempt_hash/attempt_at
-- are written before a send and survive a crash of the run, so that a restart can tell a statement
-- Qince may already have from one never sent.
CREATE TABLE statement_ledger (
	statement_no         VARCHAR(32)    NOT NULL,
	kind                 VARCHAR(8)     NOT NULL,
	company_code         VARCHAR(64)    NOT NULL,
	customer_code        VARCHAR(100)   NOT NULL,
	trade_month          CHAR(7)        NOT NULL,
	begin_balance        DECIMAL(20, 4),
	opening_source       VARCHAR(16),
	shipments            DECIMAL(20, 4),
	returns_amount       DECIMAL(20, 4),
	receipts             DECIMAL(20, 4),
	end_balance          DECIMAL(20, 4),
	total_amount         DECIMAL(20, 4) NOT NULL,
	line_count           INT            NOT NULL,
	trade_count          INT            NOT NULL,
	content_json         MEDIUMTEXT     NOT NULL,
	content_hash         CHAR(64)       NOT NULL,
	state                VARCHAR(16)    NOT NULL,
	state_reason         VARCHAR(1000),
	built_at             TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	attempt_hash         CHAR(64),
	attempt_at           TIMESTAMP      NULL,
	sent_hash            CHAR(64),
	sent_at              TIMESTAMP      NULL,
	send_count           INT            NOT NULL DEFAULT 0,
	send_msg_id          VARCHAR(32),
	send_return_code     VARCHAR(32),
	send_return_msg      VARCHAR(500),
	qince_statement_id   VARCHAR(32),
	qince_status         VARCHAR(32),
	qince_modify_time    VARCHAR(32),
	job_execution_id     BIGINT,
	PRIMARY KEY (statement_no),
	CONSTRAINT statement_ledger_key UNIQUE (kind, company_code, customer_code, trade_month)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX statement_ledger_month ON statement_ledger (kind, trade_month, state);

-- The ERP lines a statement holds, with the amount each contributed.
CREATE TABLE statement_line (
	statement_no         VARCHAR(32)    NOT NULL,
	business_type        VARCHAR(20)    NOT NULL,
	detail_id            VARCHAR(64)    NOT NULL,
	order_id             VARCHAR(64)    NOT NULL,
	amount               DECIMAL(20, 4) NOT NULL,
	PRIMARY KEY (statement_no, business_type, detail_id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX statement_line_detail ON statement_line (business_type, detail_id);

-- Write-backs made to the ERP: update_voucher_no on an order (target ORDER) and update_third_id on
-- a detail line (target DETAIL). A write-back is made again only when the value to write changed.
CREATE TABLE erp_writeback (
	business_type        VARCHAR(20)    NOT NULL,
	target               VARCHAR(8)     NOT NULL,
	target_id            VARCHAR(64)    NOT NULL,
	written_value        VARCHAR(64),
	statement_no         VARCHAR(32)    NOT NULL,
	state                VARCHAR(8)     NOT NULL,
	reason               VARCHAR(500),
	written_at           TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	job_execution_id     BIGINT,
	PRIMARY KEY (business_type, target, target_id)
) DEFAULT CHARSET=utf8mb4;

-- Opening balances imported from a file (import-balances), for the first month a customer is run.
CREATE TABLE opening_balance (
	company_code         VARCHAR(64)    NOT NULL,
	customer_code        VARCHAR(100)   NOT NULL,
	trade_month          CHAR(7)        NOT NULL,
	amount               DECIMAL(20, 4) NOT NULL,
	source               VARCHAR(200)   NOT NULL,
	imported_at          TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (company_code, customer_code, trade_month)
) DEFAULT CHARSET=utf8mb4;

-- The report of each job execution, as JSON, for `status` and for finance.
CREATE TABLE run_report (
	job_execution_id     BIGINT         NOT NULL,
	job_name             VARCHAR(100)   NOT NULL,
	report_json          MEDIUMTEXT     NOT NULL,
	created_at           TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (job_execution_id)
) DEFAULT CHARSET=utf8mb4;
