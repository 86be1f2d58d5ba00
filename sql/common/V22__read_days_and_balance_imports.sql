-- Which days of the ERP have been read: one row per (company, business type, day) the extract
-- staged, written in the same transaction as the window's lines. A statement covers a whole month,
-- so a run builds statements only when every day of the month has a row here for each company and
-- business type the statement needs; a partial run (--from/--to, a push re-sync) reads the days
-- never read before first.
CREATE TABLE erp_read_day (
	company_code         VARCHAR(64)    NOT NULL,
	business_type        VARCHAR(20)    NOT NULL,
	read_day             DATE           NOT NULL,
	job_execution_id     BIGINT,
	read_at              TIMESTAMP      NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (company_code, business_type, read_day)
) DEFAULT CHARSET=utf8mb4;

-- Which import of a balances file last wrote an opening balance, and from which line: a second line
-- for the same company, customer and month in one file is refused by pointing at the first.
ALTER TABLE opening_balance ADD COLUMN import_id VARCHAR(36);
ALTER TABLE opening_balance ADD COLUMN source_line INT;
