-- Staging of zhixdl finance document lines (应收单, 收款单, 应付单, 付款单), one row per detail line.
-- Written by the extract steps with an upsert keyed by (business_type, detail_id); the raw JSON is
-- kept exactly as received so that a line can always be traced back to what the ERP said.
-- SQL in the subset MySQL 8, MariaDB 10.6+ and H2 (MySQL mode) share.

CREATE TABLE erp_line (
	business_type        VARCHAR(20)    NOT NULL,
	detail_id            VARCHAR(64)    NOT NULL,
	order_id             VARCHAR(64)    NOT NULL,
	order_code           VARCHAR(64),
	company_code         VARCHAR(64)    NOT NULL,
	counterparty_code    VARCHAR(100),
	counterparty_name    VARCHAR(200),
	order_date           DATE           NOT NULL,
	window_date          DATE           NOT NULL,
	source_code          VARCHAR(64),
	source_name          VARCHAR(100),
	item_type_code       VARCHAR(64),
	item_type_name       VARCHAR(100),
	goods_code           VARCHAR(64),
	goods_category_code  VARCHAR(64),
	amount               DECIMAL(20, 4) NOT NULL,
	category             VARCHAR(16),
	category_rule        VARCHAR(100),
	raw_json             TEXT           NOT NULL,
	extracted_at         TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	job_execution_id     BIGINT,
	PRIMARY KEY (business_type, detail_id)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX erp_line_window ON erp_line (company_code, window_date);
CREATE INDEX erp_line_counterparty ON erp_line (company_code, counterparty_code, order_date);

-- Lines that could not be used: unreadable (a malformed field) or matched by no classification
-- rule. Nothing read from the ERP is dropped: a line is in erp_line with a category, or here with
-- the field and the reason. line_key is the detail id when the ERP gave one, otherwise a hash of
-- the raw JSON, so that reading the same bad line again updates its row. window_date is the day
-- window the line was read in; amount and counterparty_code are filled when they could be read, so
-- that quarantined money is counted per customer.
CREATE TABLE erp_line_quarantine (
	business_type        VARCHAR(20)    NOT NULL,
	line_key             VARCHAR(64)    NOT NULL,
	company_code         VARCHAR(64)    NOT NULL,
	window_date          DATE           NOT NULL,
	counterparty_code    VARCHAR(100),
	amount               DECIMAL(20, 4),
	field_name           VARCHAR(64)    NOT NULL,
	reason               VARCHAR(500)   NOT NULL,
	raw_json             TEXT           NOT NULL,
	quarantined_at       TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	job_execution_id     BIGINT,
	PRIMARY KEY (business_type, line_key)
) DEFAULT CHARSET=utf8mb4;

CREATE INDEX erp_line_quarantine_window ON erp_line_quarantine (company_code, window_date);
