package com.qincebridge.run;

import java.util.function.LongFunction;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A request to run a job: which job, its parameters for each value of the rerun counter
 * (each counter is a job instance), and what to do with the last instance.
 *
 * @param job the job
 * @param description for messages, such as {@code "statement 2025-09"}
 * @param parameters the identifying parameters of the instance with a rerun counter
 * @param policy what to do when the last instance completed or did not
 * @param maxResumes how many executions an unfinished instance may have had before a new
 * instance starts instead of resuming it again
 */
public record RunRequest(Job job, String description, LongFunction<JobParameters> parameters, Policy policy,
		int maxResumes) {

	/** The identifying parameter that tells the instances of one run apart. */
	public static final String RERUN = "rerun";

	/** Resume an unfinished instance without limit; report a completed one. */
	public static RunRequest of(Job job, String description, LongFunction<JobParameters> parameters) {
		return new RunRequest(job, description, parameters, Policy.RESUME_OR_REPORT, Integer.MAX_VALUE);
	}

	/**
	 * The run of an execution's instance: its identifying parameters with the rerun
	 * counter set to each counter in turn.
	 */
	public static RunRequest of(Job job, String description, JobExecution execution) {
		JobParametersBuilder base = new JobParametersBuilder();
		for (JobParameter<?> parameter : execution.getJobParameters().getIdentifyingParameters()) {
			if (!parameter.name().equals(RERUN)) {
				base.addJobParameter(parameter);
			}
		}
		JobParameters fixed = base.toJobParameters();
		return of(job, description, (counter) -> (counter > 0)
				? new JobParametersBuilder(fixed).addLong(RERUN, counter).toJobParameters() : fixed);
	}

	public RunRequest withPolicy(Policy policy) {
		return new RunRequest(this.job, this.description, this.parameters, policy, this.maxResumes);
	}

	public RunRequest withMaxResumes(int maxResumes) {
		return new RunRequest(this.job, this.description, this.parameters, this.policy, maxResumes);
	}

	/** What a run does with the last instance of the job and parameters. */
	public enum Policy {

		/** Resume it when it did not complete; when it did, say so and run nothing. */
		RESUME_OR_REPORT,

		/** Resume it when it did not complete; when it did, start the next instance. */
		RESUME_OR_NEXT,

		/** Start the next instance, whatever became of the last one ({@code --rerun}). */
		NEXT

	}

}
