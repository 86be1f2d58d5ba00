package com.qincebridge.run;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What a run of a job and its parameters does, as {@link RunPlanner} decides it.
 */
public sealed interface RunPlan {

	/**
	 * Start an instance.
	 *
	 * @param parameters its identifying parameters
	 * @param counter its rerun counter (0: the first instance)
	 * @param previous the last instance's last execution when it did not complete and is
	 * left behind (asked to, or resumed {@code max-resumes} times already)
	 */
	record Start(JobParameters parameters, long counter, @Nullable JobExecution previous) implements RunPlan {
	}

	/**
	 * Resume an execution from its checkpoint.
	 *
	 * @param execution the FAILED or STOPPED execution, or the STARTED one of a dead
	 * owner
	 */
	record Resume(JobExecution execution) implements RunPlan {

		/** Whether its owner died while running it (it is recovered first). */
		public boolean ownerDied() {
			return this.execution.isRunning();
		}

	}

	/** The last instance completed; nothing runs. */
	record Completed(JobExecution execution) implements RunPlan {
	}

	/**
	 * A live process runs the job with these parameters; nothing runs here.
	 *
	 * @param execution its execution, when it has created one yet
	 * @param owner the owner recorded for it
	 */
	record RunningElsewhere(@Nullable JobExecution execution, @Nullable RunOwner owner) implements RunPlan {
	}

}
