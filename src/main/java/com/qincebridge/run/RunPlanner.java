package com.qincebridge.run;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The one start-or-resume decision: a job and its parameters → start a new instance,
 * resume execution N, running elsewhere (with its owner), or already completed. The
 * command line ({@code run}), {@code serve} (schedule and push re-syncs) and
 * month-end-close all plan their runs here.
 * <p>
 * The plan is made while holding the run's lock ({@link RunOwners}), so an execution left
 * STARTED is known to be dead — its owner would hold the lock — and is resumed at once;
 * and two processes can never both decide to start the next instance.
 */
@Component
public class RunPlanner {

	private final JobRepository jobRepository;

	private final RunOwners owners;

	RunPlanner(JobRepository jobRepository, RunOwners owners) {
		this.jobRepository = jobRepository;
		this.owners = owners;
	}

	/**
	 * Claim the run and decide what it does. Close the result when the plan has run (or
	 * will not).
	 */
	public PlannedRun plan(RunRequest request) {
		String jobName = request.job().getName();
		JobParameters key = request.parameters().apply(0);
		Optional<RunClaim> claim = this.owners.claim(jobName, key);
		try {
			long latest = latestRerun(request);
			JobExecution last = (latest >= 0) ? lastExecution(jobName, request.parameters().apply(latest)) : null;
			if (claim.isEmpty()) {
				return new PlannedRun(new RunPlan.RunningElsewhere((last != null && last.isRunning()) ? last : null,
						this.owners.owner(jobName, key).orElse(null)), null);
			}
			int executions = (last != null) ? this.jobRepository.getJobExecutions(last.getJobInstance()).size() : 0;
			return new PlannedRun(decide(request, latest, last, executions), claim.get());
		}
		catch (RuntimeException ex) {
			claim.ifPresent(RunClaim::close);
			throw ex;
		}
	}

	/** The owner recorded for an execution's run, alive or dead. */
	public Optional<RunOwner> owner(JobExecution execution) {
		return this.owners.owner(execution);
	}

	/**
	 * The decision, for a run whose lock this process holds.
	 * @param latest the highest rerun counter with an instance, -1 when there is none
	 * @param last the last execution of that instance (a running one's owner is dead)
	 * @param executions how many executions that instance has
	 */
	static RunPlan decide(RunRequest request, long latest, @Nullable JobExecution last, int executions) {
		if (last == null) {
			// an instance without execution (refused before it ran) is started again
			long counter = Math.max(latest, 0);
			return new RunPlan.Start(request.parameters().apply(counter), counter, null);
		}
		BatchStatus status = last.isRunning() ? BatchStatus.FAILED : last.getStatus();
		RunPlan next = new RunPlan.Start(request.parameters().apply(latest + 1), latest + 1,
				(status == BatchStatus.COMPLETED) ? null : last);
		if (request.policy() == RunRequest.Policy.NEXT) {
			return next;
		}
		if (status == BatchStatus.COMPLETED) {
			return (request.policy() == RunRequest.Policy.RESUME_OR_REPORT) ? new RunPlan.Completed(last) : next;
		}
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			// ABANDONED or UNKNOWN: Spring Batch does not restart those
			return next;
		}
		return (executions > request.maxResumes()) ? next : new RunPlan.Resume(last);
	}

	private long latestRerun(RunRequest request) {
		long latest = -1;
		while (true) {
			JobInstance instance = this.jobRepository.getJobInstance(request.job().getName(),
					request.parameters().apply(latest + 1));
			if (instance == null) {
				return latest;
			}
			latest++;
		}
	}

	private @Nullable JobExecution lastExecution(String jobName, JobParameters parameters) {
		JobExecution last = this.jobRepository.getLastJobExecution(jobName, parameters);
		// read again with its steps, which recovering it updates
		return (last != null) ? this.jobRepository.getJobExecution(last.getId()) : null;
	}

}
