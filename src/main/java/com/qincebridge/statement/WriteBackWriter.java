package com.qincebridge.statement;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records each write-back made (DONE) or refused (FAILED, with the reason), so that a
 * restart or the next run never repeats one already done with the same value.
 */
final class WriteBackWriter implements ItemWriter<WriteBackOutcome>, StepExecutionListener {

	static final String DONE = "writeback.done";

	static final String FAILED = "writeback.failed";

	private final JdbcTemplate jdbc;

	private long jobExecutionId;

	private ExecutionContext context = new ExecutionContext();

	WriteBackWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.context = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends WriteBackOutcome> chunk) {
		this.jdbc.batchUpdate("""
				INSERT INTO erp_writeback (business_type, target, target_id, written_value, statement_no, state, reason,
					job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE written_value = VALUES(written_value), statement_no = VALUES(statement_no),
					state = VALUES(state), reason = VALUES(reason), job_execution_id = VALUES(job_execution_id),
					written_at = CURRENT_TIMESTAMP""", chunk.getItems(), 500, (ps, outcome) -> {
			WriteBack writeBack = outcome.writeBack();
			ps.setString(1, writeBack.businessType().name());
			ps.setString(2, writeBack.target().name());
			ps.setString(3, writeBack.targetId());
			ps.setString(4, writeBack.value());
			ps.setString(5, writeBack.statementNo());
			ps.setString(6, outcome.done() ? "DONE" : "FAILED");
			ps.setString(7, (outcome.reason() != null) ? StatementLedger.truncate(outcome.reason(), 500) : null);
			ps.setLong(8, this.jobExecutionId);
		});
		for (WriteBackOutcome outcome : chunk) {
			String key = outcome.done() ? DONE : FAILED;
			this.context.putLong(key, this.context.getLong(key, 0L) + 1);
		}
	}

}
