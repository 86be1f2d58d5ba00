package com.qincebridge.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.OptionalLong;

import com.qincebridge.cli.RunHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Where a running execution stands: the step it is in, the items that step has done, its
 * rate, and an ETA when the same step of the job's last completed run tells how many
 * items to expect (the steps do not know their totals in advance).
 *
 * @param step the running step, null when none runs
 * @param items items the step has written (read, for a step that writes nothing yet)
 * @param perSecond items per second since the step started
 * @param expected items the same step wrote in the last completed run, null when unknown
 * @param eta time left at this rate, null when it cannot be told
 */
record RunProgress(boolean running, @Nullable String step, long items, double perSecond, @Nullable Long expected,
		@Nullable Duration eta) {

	static RunProgress of(JobExecution execution, RunHistory history) {
		if (!execution.isRunning()) {
			return new RunProgress(false, null, 0, 0, null, null);
		}
		StepExecution step = execution.getStepExecutions()
			.stream()
			.filter((candidate) -> candidate.getStatus() == BatchStatus.STARTED)
			.max(Comparator.comparing(StepExecution::getId))
			.orElse(null);
		if (step == null || step.getStartTime() == null) {
			return new RunProgress(true, null, 0, 0, null, null);
		}
		long items = (step.getWriteCount() > 0) ? step.getWriteCount() : step.getReadCount();
		double seconds = Math.max(1, Duration.between(step.getStartTime(), LocalDateTime.now()).toSeconds());
		double rate = items / seconds;
		OptionalLong previous = history.previousWriteCount(execution.getJobInstance().getJobName(), step.getStepName(),
				execution.getId());
		Long expected = previous.isPresent() ? previous.getAsLong() : null;
		Duration eta = (expected != null && expected > items && rate > 0)
				? Duration.ofSeconds((long) Math.ceil((expected - items) / rate)) : null;
		return new RunProgress(true, step.getStepName(), items, Math.round(rate * 10) / 10.0, expected, eta);
	}

}
