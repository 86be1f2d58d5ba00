package com.qincebridge.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Finds the execution that resumes another: a resumed run is a new execution of the same
 * job instance, created when the run starts.
 */
@Component
class ResumedRuns {

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final JobRepository jobRepository;

	ResumedRuns(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * The newest execution of the instance of {@code executionId}, waiting up to a few
	 * seconds for one newer than it; {@code executionId} itself when none appeared (the
	 * run waits behind another run of this process).
	 */
	long awaitNext(long executionId) {
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		if (execution == null) {
			return executionId;
		}
		Instant until = Instant.now().plus(WAIT);
		do {
			long newest = newest(execution);
			if (newest > executionId) {
				return newest;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return executionId;
			}
		}
		while (Instant.now().isBefore(until));
		return executionId;
	}

	/**
	 * The newest execution of the same instance; the execution itself when it is the
	 * newest.
	 */
	long newest(JobExecution execution) {
		return this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.max(Comparator.naturalOrder())
			.orElse(execution.getId());
	}

}
