package com.qincebridge.writeback;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records the outcomes that arrived together in {@code erp_writeback} in one JDBC batch,
 * in the transaction the step's window opens for them (so that one commit serves every
 * call that ended while the last one ran, and a call's slot is free again as soon as its
 * outcome is committed), and counts them, done and refused, in the step's execution
 * context for the report.
 */
final class WriteBackWriter implements ItemWriter<WriteBackOutcome> {

	private final WriteBackLog log;

	private final long jobExecutionId;

	private final ExecutionContext context;

	WriteBackWriter(WriteBackLog log, StepExecution stepExecution) {
		this.log = log;
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.context = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends WriteBackOutcome> chunk) {
		this.log.record(chunk.getItems(), this.jobExecutionId);
		for (WriteBackOutcome outcome : chunk) {
			String key = (outcome.done() ? WriteBackState.DONE : WriteBackState.FAILED).countKey();
			this.context.putLong(key, this.context.getLong(key, 0L) + 1);
		}
	}

}
