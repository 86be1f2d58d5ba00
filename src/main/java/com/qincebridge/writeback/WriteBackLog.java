package com.qincebridge.writeback;

import com.qincebridge.support.Columns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of write-backs made to the ERP. Each outcome is recorded in a transaction of
 * its own as soon as zhixdl answered, so that a chunk that fails later (another
 * write-back of the chunk failing) does not forget the ones already made, and a restart
 * never repeats them.
 */
@Repository
public class WriteBackLog {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	WriteBackLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void record(WriteBackOutcome outcome, long jobExecutionId) {
		WriteBack writeBack = outcome.writeBack();
		String reason = Columns.fit(outcome.reason(), 500);
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.update("""
				INSERT INTO erp_writeback (business_type, target, target_id, written_value, statement_no, state, reason,
					job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE written_value = VALUES(written_value), statement_no = VALUES(statement_no),
					state = VALUES(state), reason = VALUES(reason), job_execution_id = VALUES(job_execution_id),
					written_at = CURRENT_TIMESTAMP""", writeBack.businessType().name(), writeBack.target().name(),
				writeBack.targetId(), writeBack.value(), writeBack.statementNo(),
				(outcome.done() ? WriteBackState.DONE : WriteBackState.FAILED).name(), reason, jobExecutionId));
	}

}
