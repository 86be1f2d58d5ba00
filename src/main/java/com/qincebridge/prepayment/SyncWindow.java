package com.qincebridge.prepayment;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The modify-time window of one sync run, both ends inclusive, yyyy-MM-dd HH:mm:ss in
 * Asia/Shanghai. It is kept in the job's execution context, so a restarted run reads the
 * same window.
 *
 * @param from the end of the previous completed run's window (or the configured start)
 * @param to when this run started
 */
record SyncWindow(String from, String to) {

	private static final String FROM = "prepayment.window.from";

	private static final String TO = "prepayment.window.to";

	/** The window of the run a step execution belongs to. */
	static SyncWindow of(StepExecution stepExecution) {
		return of(stepExecution.getJobExecution().getExecutionContext());
	}

	static SyncWindow of(ExecutionContext jobContext) {
		return new SyncWindow(jobContext.getString(FROM), jobContext.getString(TO));
	}

	void putInto(ExecutionContext jobContext) {
		jobContext.putString(FROM, this.from);
		jobContext.putString(TO, this.to);
	}

}
