package com.qincebridge.support;

import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Who started a run: {@code cli}, {@code schedule}, {@code push} or
 * {@code console:<user>}, kept as the non-identifying job parameter {@code started_by} of
 * each execution (a resumed execution gets the name of whoever resumed it). The launching
 * code names itself for the current thread with {@link #as}; a run started without a name
 * is a command-line run.
 */
public final class StartedBy {

	/** The job parameter that names who started an execution. */
	public static final String PARAMETER = "started_by";

	public static final String CLI = "cli";

	public static final String SCHEDULE = "schedule";

	public static final String PUSH = "push";

	private static final ThreadLocal<@Nullable String> current = new ThreadLocal<>();

	private StartedBy() {
	}

	/** A console user's name as it is recorded. */
	public static String consoleUser(String user) {
		return "console:" + user;
	}

	/**
	 * Run the work with runs it starts in this thread recorded as started by {@code who}.
	 */
	public static <T> T as(String who, Callable<T> work) throws Exception {
		String before = current.get();
		current.set(who);
		try {
			return work.call();
		}
		finally {
			current.set(before);
		}
	}

	/**
	 * The parameters with {@code started_by} set to whoever starts runs in this thread.
	 */
	public static JobParameters stamp(JobParameters parameters) {
		String who = current.get();
		return new JobParametersBuilder(parameters).addString(PARAMETER, (who != null) ? who : CLI, false)
			.toJobParameters();
	}

	/** Whether runs started in this thread are already named (by an outer caller). */
	public static boolean named() {
		return current.get() != null;
	}

	/**
	 * Who started the execution; {@code cli} for executions from before it was recorded.
	 */
	public static String of(JobExecution execution) {
		String who = execution.getJobParameters().getString(PARAMETER);
		if (who != null) {
			return who;
		}
		// a statement run of a month-end close is started by the close
		return (execution.getJobParameters().getParameter("month_end_close_instance") != null) ? "month-end-close"
				: CLI;
	}

}
