package com.qincebridge.push;

import com.qincebridge.support.TradeMonthRun;

/**
 * Runs a statement job for a push's re-sync, in the calling thread, and says how it
 * ended.
 */
public interface ResyncLauncher {

	/**
	 * Run the job for the run: resume the last run of the same parameters when it did not
	 * complete, otherwise start a new one.
	 * @param job {@code statement} or {@code expense}
	 * @return what happened, for the push's record, such as
	 * {@code "statement 2025-09 for C1: execution 12 COMPLETED"}
	 */
	String resync(String job, TradeMonthRun run) throws Exception;

}
