package com.qincebridge.writeback;

import java.util.List;

import com.qincebridge.support.Columns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of write-backs made to the ERP ({@code erp_writeback}): one row per target
 * (an order's voucher_no, a line's third_id) with the value written, DONE or FAILED with
 * zhixdl's reason. A restart leaves out what is recorded DONE with the same value.
 */
@Repository
public class WriteBackLog {

	private final JdbcTemplate jdbc;

	WriteBackLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Record outcomes in the caller's transaction, in one JDBC batch. */
	void record(List<? extends WriteBackOutcome> outcomes, long jobExecutionId) {
		if (outcomes.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				INSERT INTO erp_writeback (business_type, target, target_id, written_value, statement_no, state, reason,
					job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE written_value = VALUES(written_value), statement_no = VALUES(statement_no),
					state = VALUES(state), reason = VALUES(reason), job_execution_id = VALUES(job_execution_id),
					written_at = CURRENT_TIMESTAMP""", outcomes, outcomes.size(), (ps, outcome) -> {
			WriteBack writeBack = outcome.writeBack();
			ps.setString(1, writeBack.businessType().name());
			ps.setString(2, writeBack.target().name());
			ps.setString(3, writeBack.targetId());
			ps.setString(4, writeBack.value());
			ps.setString(5, writeBack.statementNo());
			ps.setString(6, (outcome.done() ? WriteBackState.DONE : WriteBackState.FAILED).name());
			ps.setString(7, Columns.fit(outcome.reason(), 500));
			ps.setLong(8, jobExecutionId);
		});
	}

}
