-- Codes compare exactly in the tables added after V21 too (see V21): the read days (company code)
-- and the reader plans (company and customer codes, ERP ids), so that 'C1' and 'c1' stay two
-- customers in the build and write-back steps. H2 (MySQL mode) accepts and ignores the clause.
ALTER TABLE erp_read_day CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE statement_key_plan CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE writeback_plan CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
