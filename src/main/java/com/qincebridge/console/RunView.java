package com.qincebridge.console;

import java.time.Duration;
import java.time.LocalDateTime;

import com.qincebridge.cli.RunHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * One execution as a run's page shows it.
 *
 * @param reason the first line of why it did not complete, null when it did or runs
 */
record RunView(long id, String job, String jobBeanName, String status, @Nullable String tradeMonth,
		@Nullable LocalDateTime started, @Nullable LocalDateTime ended, @Nullable Duration duration,
		@Nullable String reason, boolean running, boolean resumable) {

	static RunView of(JobExecution execution) {
		String name = execution.getJobInstance().getJobName();
		LocalDateTime started = execution.getStartTime();
		LocalDateTime ended = execution.getEndTime();
		Duration duration = (started != null)
				? Duration.between(started, (ended != null) ? ended : LocalDateTime.now()).withNanos(0) : null;
		String description = execution.getExitStatus().getExitDescription();
		String reason = (execution.getStatus() == BatchStatus.COMPLETED || execution.isRunning()
				|| description.isBlank()) ? null : com.qincebridge.support.Failures.describeTrace(description);
		return new RunView(execution.getId(), RunHistory.commandName(name), name, execution.getStatus().name(),
				execution.getJobParameters().getString("trade_month"), withoutNanos(started), withoutNanos(ended),
				duration, reason, execution.isRunning(),
				execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED);
	}

	private static @Nullable LocalDateTime withoutNanos(@Nullable LocalDateTime time) {
		return (time != null) ? time.withNano(0) : null;
	}

}
