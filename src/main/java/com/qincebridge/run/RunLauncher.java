package com.qincebridge.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.Optional;

import com.qincebridge.support.StartedBy;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Runs what {@link RunPlanner} planned, in the calling thread: an execution of a dead
 * owner is first marked FAILED ({@link JobOperator#recover}), then resumed from its
 * checkpoint. Also ends a dead owner's execution for {@code stop}, and gives the job
 * steps of month-end-close a {@link JobOperator} that owns the runs it starts.
 */
@Component
public class RunLauncher {

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunOwners owners;

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, RunOwners owners) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.owners = owners;
	}

	/**
	 * Start or resume, as planned; the caller holds the plan's claim.
	 * @throws IllegalArgumentException for a plan that runs nothing
	 */
	public JobExecution launch(Job job, RunPlan plan) throws Exception {
		if (plan instanceof RunPlan.Start start) {
			if (start.previous() != null && start.previous().isRunning()) {
				this.jobOperator.recover(start.previous());
			}
			return this.jobOperator.start(job, StartedBy.stamp(start.parameters()));
		}
		if (plan instanceof RunPlan.Resume resume) {
			JobExecution execution = resume.ownerDied() ? this.jobOperator.recover(resume.execution())
					: resume.execution();
			return this.jobOperator.start(job, StartedBy.stamp(execution.getJobParameters()));
		}
		throw new IllegalArgumentException("Nothing to launch: " + plan);
	}

	/**
	 * End at once an execution whose owner is dead: it and its running steps become
	 * STOPPED, resumable from their checkpoint.
	 * @return the stopped execution, or empty when a live process runs it (ask it to stop
	 * instead)
	 */
	public Optional<JobExecution> stopDead(JobExecution execution) {
		Optional<RunClaim> claim = this.owners.claim(execution.getJobInstance().getJobName(),
				execution.getJobParameters());
		if (claim.isEmpty()) {
			return Optional.empty();
		}
		try (RunClaim owned = claim.get()) {
			JobExecution current = this.jobRepository.getJobExecution(execution.getId());
			if (current == null || !current.isRunning()) {
				return Optional.ofNullable(current);
			}
			ExitStatus stopped = ExitStatus.STOPPED
				.addExitDescription("stopped after its process died; resume it from its checkpoint");
			for (StepExecution step : current.getStepExecutions()) {
				if (step.getStatus().isRunning()) {
					step.setStatus(BatchStatus.STOPPED);
					step.setExitStatus(stopped);
					step.setEndTime(LocalDateTime.now());
					this.jobRepository.update(step);
				}
			}
			current.setStatus(BatchStatus.STOPPED);
			current.setExitStatus(stopped);
			current.setEndTime(LocalDateTime.now());
			this.jobRepository.update(current);
			return Optional.of(current);
		}
	}

	/**
	 * A {@link JobOperator} for job steps: each {@code start(job, parameters)} claims the
	 * run first (refused with {@link JobExecutionAlreadyRunningException} naming the
	 * owner while a live process runs it), recovers an execution its dead owner left
	 * STARTED, starts it, and releases the claim when it ends. Every other call goes to
	 * the operator itself.
	 */
	public JobOperator owningJobOperator() {
		return (JobOperator) Proxy.newProxyInstance(JobOperator.class.getClassLoader(),
				new Class<?>[] { JobOperator.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("start") && arguments != null && arguments.length == 2
							&& arguments[0] instanceof Job job && arguments[1] instanceof JobParameters parameters) {
						return startOwned(job, parameters);
					}
					try {
						return method.invoke(this.jobOperator, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private JobExecution startOwned(Job job, JobParameters parameters) throws Exception {
		Optional<RunClaim> claim = this.owners.claim(job.getName(), parameters);
		if (claim.isEmpty()) {
			throw new JobExecutionAlreadyRunningException(JobNames.commandName(job.getName()) + " "
					+ RunOwners.key(parameters) + " is running in another process: "
					+ this.owners.owner(job.getName(), parameters).map(RunOwner::describe).orElse("owner unknown"));
		}
		try (RunClaim owned = claim.get()) {
			JobExecution last = lastExecution(job.getName(), parameters);
			if (last != null && last.isRunning()) {
				this.jobOperator.recover(last);
			}
			return this.jobOperator.start(job, StartedBy.stamp(parameters));
		}
	}

	private @Nullable JobExecution lastExecution(String jobName, JobParameters parameters) {
		JobExecution last = this.jobRepository.getLastJobExecution(jobName, parameters);
		return (last != null) ? this.jobRepository.getJobExecution(last.getId()) : null;
	}

}
