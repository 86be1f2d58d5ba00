package com.qincebridge.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** One step of a run with its counts and how long it took (so far). */
record StepView(String name, String status, long read, long written, long filtered, long skipped, long commits,
		@Nullable Duration duration) {

	static List<StepView> of(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.map(StepView::of)
			.toList();
	}

	static StepView of(StepExecution step) {
		LocalDateTime started = step.getStartTime();
		LocalDateTime ended = step.getEndTime();
		Duration duration = (started != null)
				? Duration.between(started, (ended != null) ? ended : LocalDateTime.now()).withNanos(0) : null;
		return new StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(), step.getWriteCount(),
				step.getFilterCount(), step.getSkipCount(), step.getCommitCount(), duration);
	}

}
