package com.qincebridge.prepayment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opens and closes the sync's {@link SyncWindow}. Opening: from the end saved by the last
 * completed run (the configured start on the first run, or when the job parameter
 * {@code full} is true) to the job parameter {@code sync_to}, or now. Closing: links
 * reversal pairs and saves the window's end, so the next run continues from it; a run
 * that fails before does not move it.
 */
final class SyncWindowTasklet implements Tasklet {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final String STATE = "prepayment-sync";

	private final JdbcClient jdbc;

	private final @Nullable PrepaymentLedger closeWith;

	private final Clock clock;

	private final PrepaymentProperties properties;

	private SyncWindowTasklet(JdbcClient jdbc, @Nullable PrepaymentLedger closeWith, Clock clock,
			PrepaymentProperties properties) {
		this.jdbc = jdbc;
		this.closeWith = closeWith;
		this.clock = clock;
		this.properties = properties;
	}

	static SyncWindowTasklet opening(JdbcClient jdbc, Clock clock, PrepaymentProperties properties) {
		return new SyncWindowTasklet(jdbc, null, clock, properties);
	}

	static SyncWindowTasklet closing(JdbcClient jdbc, PrepaymentLedger ledger, Clock clock,
			PrepaymentProperties properties) {
		return new SyncWindowTasklet(jdbc, ledger, clock, properties);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		if (this.closeWith != null) {
			this.closeWith.linkReversals();
			this.jdbc
				.sql("INSERT INTO prepayment_sync_state (name, synced_to) VALUES (?, ?) "
						+ "ON DUPLICATE KEY UPDATE synced_to = VALUES(synced_to)")
				.params(STATE, SyncWindow.of(job.getExecutionContext()).to())
				.update();
			return RepeatStatus.FINISHED;
		}
		String start = this.properties.syncFrom().atStartOfDay().format(TIME);
		PrepaymentSyncRun run = PrepaymentSyncRun.of(job.getJobParameters());
		boolean full = run.full();
		String from = full ? start
				: this.jdbc.sql("SELECT synced_to FROM prepayment_sync_state WHERE name = ?")
					.param(STATE)
					.query(String.class)
					.optional()
					.orElse(start);
		String to = Optional.ofNullable(run.syncTo())
			.orElseGet(() -> LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS).format(TIME));
		new SyncWindow(from, (to.compareTo(from) < 0) ? from : to).putInto(job.getExecutionContext());
		return RepeatStatus.FINISHED;
	}

}
