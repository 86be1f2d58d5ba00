package com.qincebridge.send;

import com.qincebridge.statement.StatementLedger;

import java.util.Objects;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records the outcomes of the sends that ended together in the ledger, in the one
 * transaction the step's window opens for them, and counts them (SENT, LANDED, REJECTED,
 * CONFLICT) in the step's execution context for the report.
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
		for (SendOutcome outcome : chunk) {
			PendingStatement statement = outcome.statement();
			switch (outcome.result()) {
				case SENT -> this.ledger.recordSent(statement.statementNo(), statement.contentHash(),
						Objects.requireNonNull(outcome.ack()), this.jobExecutionId);
				case LANDED -> this.ledger.recordLanded(statement.statementNo(), statement.contentHash());
				case REJECTED,
						CONFLICT ->
					this.ledger.recordRefused(statement.statementNo(), outcome.result().refusedState(),
							Objects.requireNonNullElse(outcome.reason(), ""),
							Objects.requireNonNullElse(outcome.code(), ""));
			}
			String key = outcome.result().countKey();
			this.context.putLong(key, this.context.getLong(key, 0L) + 1);
		}
	}

}
