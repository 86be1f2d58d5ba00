-- The prepayment ledger: Qince's promotion prepayments (预付款) of both variants as the sync job
-- and the pushes see them, their lines, their close records, where the incremental sync stands,
-- and what the apply job did with each prepayment of finance's files.

-- One row per prepayment. variant AP_CP (万能促销) or ONLINE_COST (线上费用); NULL while only a
-- push has reported it (the push does not say), until the next sync. reversal_of / reversed_by link
-- a red document (reverse_status 2) and the prepayment it reverses (reverse_status 1). deleted is 1
-- once Qince pushed its deletion.
CREATE TABLE prepayment (
	prepayment_code      VARCHAR(100)   NOT NULL,
	variant              VARCHAR(16),
	prepayment_name      VARCHAR(200),
	create_time          VARCHAR(32),
	creator_account      VARCHAR(100),
	creator_name         VARCHAR(100),
	prepayment_amount    DECIMAL(20, 4),
	flow_status          VARCHAR(8),
	auditor_account      VARCHAR(100),
	audit_time           VARCHAR(32),
	reverse_status       VARCHAR(8),
	reverser_account     VARCHAR(100),
	reverse_time         VARCHAR(32),
	operator_name        VARCHAR(100),
	remark               VARCHAR(4000),
	reversal_of          VARCHAR(100),
	reversed_by          VARCHAR(100),
	deleted              TINYINT        NOT NULL DEFAULT 0,
	PRIMARY KEY (prepayment_code)
) DEFAULT CHARSET=utf8mb4;

-- One row per prepayment line (预付款行); ext_data is the custom fields as Qince sent them (JSON).
CREATE TABLE prepayment_line (
	line_id              VARCHAR(64)    NOT NULL,
	prepayment_code      VARCHAR(100)   NOT NULL,
	activity_code        VARCHAR(64),
	activity_cm_id       VARCHAR(100),
	activity_cm_amount   DECIMAL(20, 4),
	prepaid_amount       DECIMAL(20, 4),
	prepayment_amount    DECIMAL(20, 4),
	verified_amount      DECIMAL(20, 4),
	verifying_amount     DECIMAL(20, 4),
	ext_data             MEDIUMTEXT,
	PRIMARY KEY (line_id),
	KEY prepayment_line_code (prepayment_code)
) DEFAULT CHARSET=utf8mb4;

-- Close records (关闭记录) of both variants; supplier_* only for AP/CP, platform/item only for
-- online cost; raw_json is the record as Qince sent it.
CREATE TABLE prepayment_end_record (
	variant              VARCHAR(16)    NOT NULL,
	end_code             VARCHAR(100)   NOT NULL,
	create_time          VARCHAR(32),
	activity_code        VARCHAR(64),
	activity_name        VARCHAR(200),
	supplier_code        VARCHAR(100),
	supplier_name        VARCHAR(200),
	apply_amount         DECIMAL(20, 4),
	prepayment_amount    DECIMAL(20, 4),
	verified_amount      DECIMAL(20, 4),
	end_amount           DECIMAL(20, 4),
	raw_json             MEDIUMTEXT     NOT NULL,
	PRIMARY KEY (variant, end_code)
) DEFAULT CHARSET=utf8mb4;

-- Where the incremental sync stands: the end (yyyy-MM-dd HH:mm:ss, Asia/Shanghai) of the last
-- modify-time window a completed run read; the next run starts there.
CREATE TABLE prepayment_sync_state (
	name                 VARCHAR(32)    NOT NULL,
	synced_to            VARCHAR(19)    NOT NULL,
	PRIMARY KEY (name)
) DEFAULT CHARSET=utf8mb4;

-- The apply job's record of each prepayment of a file (keyed by our deterministic code) and of
-- each reversal: state PENDING is written before the Qince call (so a restart asks Qince before
-- adding), then ADDED / LINKED / REVERSED, or FAILED with the reason.
CREATE TABLE prepayment_apply (
	action               VARCHAR(8)     NOT NULL,
	code                 VARCHAR(100)   NOT NULL,
	variant              VARCHAR(16)    NOT NULL,
	state                VARCHAR(16)    NOT NULL,
	reason               VARCHAR(1000),
	updated_at           TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (action, code)
) DEFAULT CHARSET=utf8mb4;

-- The outcome of each row of an applied file, by file and line: what the result file shows.
CREATE TABLE prepayment_apply_row (
	file_path            VARCHAR(500)   NOT NULL,
	line_no              INT            NOT NULL,
	code                 VARCHAR(100),
	outcome              VARCHAR(24)    NOT NULL,
	reason               VARCHAR(1000),
	PRIMARY KEY (file_path, line_no)
) DEFAULT CHARSET=utf8mb4;

-- Each ERP payment detail (付款单明细) the apply job linked to a Qince prepayment line (update_third_id
-- = the prepayment code), with the activity and the amount of its file row: what the ERP paid, for
-- the reconciliation.
CREATE TABLE prepayment_erp_link (
	erp_detail_id        VARCHAR(64)    NOT NULL,
	prepayment_code      VARCHAR(100)   NOT NULL,
	line_id              VARCHAR(64)    NOT NULL,
	activity_code        VARCHAR(64)    NOT NULL,
	amount               DECIMAL(20, 4) NOT NULL,
	PRIMARY KEY (erp_detail_id)
) DEFAULT CHARSET=utf8mb4;
