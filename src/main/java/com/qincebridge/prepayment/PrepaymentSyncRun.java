package com.qincebridge.prepayment;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of {@code prepayment-sync} covers, from its job parameters: {@code full}
 * (not identifying: read everything from {@code bridge.prepayment.sync-from} instead of
 * from where the last sync ended), {@code sync_to} (optionally, the end of the window,
 * yyyy-MM-dd HH:mm:ss; otherwise now) and {@code rerun} (a counter that makes a new
 * instance).
 */
public record PrepaymentSyncRun(boolean full, @Nullable String syncTo) {

	public static final String FULL = "full";

	public static final String SYNC_TO = "sync_to";

	public static final String RERUN = "rerun";

	public static PrepaymentSyncRun of(JobParameters parameters) {
		return new PrepaymentSyncRun("true".equals(parameters.getString(FULL)), parameters.getString(SYNC_TO));
	}

	/** The job parameters of this run; {@code rerun} only when above zero. */
	public JobParameters toJobParameters(long rerun) {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (rerun > 0) {
			builder.addLong(RERUN, rerun);
		}
		if (this.syncTo != null) {
			builder.addString(SYNC_TO, this.syncTo);
		}
		return builder.addString(FULL, Boolean.toString(this.full), false).toJobParameters();
	}

}
