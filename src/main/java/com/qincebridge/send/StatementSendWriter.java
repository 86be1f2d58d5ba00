package com.qincebridge.send;

import com.qincebridge.statement.StatementLedger;

import java.util.Objects;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records the outcome of each send in the ledger, in transactions of their own so that
 * they outlive a failure of the chunk, and counts the outcomes (SENT, LANDED, REJECTED,
 * CONFLICT) in the step's execution context for the report. When a send of the chunk
 * failed transiently, it then fails the step with that failure; a restart sends what is
 * still to be sent.
 */
final class StatementSendWriter implements ItemWriter<SendOutcome> {

	private final StatementLedger ledger;

	private final long jobExecutionId;

	private final ExecutionContext context;

	StatementSendWriter(StatementLedger ledger, StepExecution stepExecution) {
		this.ledger = ledger;
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.context = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends SendOutcome> chunk) {
		RuntimeException failure = null;
		for (SendOutcome outcome : chunk) {
			PendingStatement statement = outcome.statement();
			switch (outcome.result()) {
				case SENT -> this.ledger.recordSent(statement.statementNo(), statement.contentHash(),
						Objects.requireNonNull(outcome.ack()), this.jobExecutionId);
				case LANDED -> this.ledger.recordLanded(statement.statementNo(), statement.contentHash());
				case FAILED -> failure = (failure != null) ? failure : outcome.failure();
				case REJECTED,
						CONFLICT ->
					this.ledger.recordRefused(statement.statementNo(), outcome.result().refusedState(),
							Objects.requireNonNullElse(outcome.reason(), ""),
							Objects.requireNonNullElse(outcome.code(), ""));
			}
			String key = outcome.result().countKey();
			this.context.putLong(key, this.context.getLong(key, 0L) + 1);
		}
		if (failure != null) {
			throw failure;
		}
	}

}
