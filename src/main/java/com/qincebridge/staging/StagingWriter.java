package com.qincebridge.staging;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Replaces the windows that arrived together in staging (in one batch per table) and
 * keeps the step's counts (lines staged, quarantined, windows read again, windows that
 * never agreed with total_items) in its execution context, where the run report reads
 * them.
 */
final class StagingWriter implements ItemWriter<StagedWindow> {

	static final String LINES = "staging.lines";

	static final String QUARANTINED = "staging.quarantined";

	static final String REREADS = "staging.rereads";

	static final String INCONSISTENT = "staging.inconsistentWindows";

	private final StagingRepository repository;

	private final long jobExecutionId;

	private final ExecutionContext context;

	StagingWriter(StagingRepository repository, StepExecution stepExecution) {
		this.repository = repository;
		this.jobExecutionId = stepExecution.getJobExecutionId();
		this.context = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends StagedWindow> chunk) {
		this.repository.replaceWindows(chunk.getItems(), this.jobExecutionId);
		for (StagedWindow window : chunk) {
			add(LINES, window.lines().size());
			add(QUARANTINED, window.quarantined().size());
			add(REREADS, window.reads() - 1);
			add(INCONSISTENT, window.consistent() ? 0 : 1);
		}
	}

	private void add(String key, long amount) {
		this.context.putLong(key, this.context.getLong(key, 0L) + amount);
	}

}
