package com.qincebridge.statement;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores built statements in the ledger with the lines they hold, marked with the job
 * execution that built them.
 */
final class StatementLedgerWriter implements ItemWriter<BuiltStatement> {

	private final StatementLedger ledger;

	private final long jobExecutionId;

	StatementLedgerWriter(StatementLedger ledger, long jobExecutionId) {
		this.ledger = ledger;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void write(Chunk<? extends BuiltStatement> chunk) {
		this.ledger.storeAll(chunk.getItems(), this.jobExecutionId);
	}

}
