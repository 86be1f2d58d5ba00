-- Codes compare exactly (issue 13): customer, company, order and statement codes, ERP ids and
-- prepayment codes are case-sensitive in zhixdl and Qince, so 'C1' and 'c1' are two customers.
-- MySQL and MariaDB compare utf8mb4 text case-insensitively by default (utf8mb4_general_ci /
-- utf8mb4_0900_ai_ci), which made the two one key; H2 compares exactly. Every text column of the
-- tables holding codes gets the binary collation, so all three databases compare alike. H2 (MySQL
-- mode) accepts and ignores the clause. A table added later declares
-- DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin.
ALTER TABLE erp_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE erp_line_quarantine CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE statement_customer CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE statement_ledger CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE statement_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE erp_writeback CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE opening_balance CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE prepayment CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE prepayment_line CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE prepayment_end_record CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE prepayment_apply CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE prepayment_apply_row CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE prepayment_erp_link CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE qince_push CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Pushes (issue 14): the digest of each stored push (lowercase hex), unique, so that a second
-- arrival of the same data and timestamp starts nothing whatever its msgId or dataType.
ALTER TABLE qince_push ADD COLUMN digest CHAR(32) NULL;
CREATE UNIQUE INDEX qince_push_digest ON qince_push (digest);
