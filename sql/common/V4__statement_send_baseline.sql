-- Qince's modify_time of its copy of a statement when a send of it started (NULL when Qince had no
-- copy). A restart after a crash counts that send as landed only when Qince's copy changed since: a
-- recent modify_time alone cannot tell a landed re-send from the previous save of the statement.
ALTER TABLE statement_ledger ADD COLUMN attempt_qince_modify_time VARCHAR(32) NULL;
