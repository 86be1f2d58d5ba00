package com.qincebridge.statement;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores built statements in the ledger with the lines they hold.
 */
final class StatementLedgerWriter implements ItemWriter<BuiltStatement>, StepExecutionListener {

	private final StatementLedger ledger;

	private long jobExecutionId;

	StatementLedgerWriter(StatementLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobExecutionId = stepExecution.getJobExecutionId();
	}

	@Override
	public void write(Chunk<? extends BuiltStatement> chunk) {
		this.ledger.storeAll(chunk.getItems(), this.jobExecutionId);
	}

}
