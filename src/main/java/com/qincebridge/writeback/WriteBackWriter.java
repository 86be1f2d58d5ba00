package com.qincebridge.writeback;

import com.qincebridge.http.TransientApiException;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Counts the write-backs of each chunk, done and failed, in the step's execution context
 * for the report. The outcomes themselves were recorded by the processor as they
 * happened.
 */
final class WriteBackWriter implements ItemWriter<WriteBackOutcome> {

	private final ExecutionContext context;

	WriteBackWriter(StepExecution stepExecution) {
		this.context = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends WriteBackOutcome> chunk) {
		TransientApiException failure = null;
		for (WriteBackOutcome outcome : chunk) {
			if (outcome.failure() != null) {
				failure = (failure != null) ? failure : outcome.failure();
				continue;
			}
			String key = (outcome.done() ? WriteBackState.DONE : WriteBackState.FAILED).countKey();
			this.context.putLong(key, this.context.getLong(key, 0L) + 1);
		}
		if (failure != null) {
			throw failure;
		}
	}

}
