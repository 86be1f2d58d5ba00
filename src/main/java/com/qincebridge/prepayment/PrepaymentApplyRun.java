package com.qincebridge.prepayment;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of {@code prepayment-apply} covers, from its identifying job parameters:
 * {@code file} (the finance team's file, an absolute path) and {@code rerun} (a counter
 * that makes a new instance for the same file).
 */
public record PrepaymentApplyRun(Path file) {

	public static final String FILE = "file";

	public static final String RERUN = "rerun";

	public PrepaymentApplyRun {
		file = file.toAbsolutePath().normalize();
	}

	/**
	 * Read the parameters of a job execution.
	 * @throws IllegalArgumentException when {@code file} is missing
	 */
	public static PrepaymentApplyRun of(JobParameters parameters) {
		String file = parameters.getString(FILE);
		if (file == null) {
			throw new IllegalArgumentException("prepayment-apply needs the job parameter " + FILE);
		}
		return new PrepaymentApplyRun(Path.of(file));
	}

	/** The job parameters of this run; {@code rerun} only when above zero. */
	public JobParameters toJobParameters(long rerun) {
		JobParametersBuilder builder = new JobParametersBuilder();
		if (rerun > 0) {
			builder.addLong(RERUN, rerun);
		}
		return builder.addString(FILE, this.file.toString()).toJobParameters();
	}

}
