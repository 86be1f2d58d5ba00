package com.qincebridge.prepayment;

import java.nio.file.Path;

import com.qincebridge.files.TableFileException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finance's prepayment files for the commands: read a file before a run starts (so that a
 * file that cannot be read is refused at once, never a FAILED run that a restart cannot
 * cure), and what a run of a file did. As the apply job's listener, it ends a completed
 * run whose rows need attention with the exit code {@value #ROWS_NEED_ATTENTION} and the
 * counts as its exit description, which {@code status} shows.
 */
@Component
public class PrepaymentApplyFiles implements JobExecutionListener {

	public static final String ROWS_NEED_ATTENTION = "COMPLETED_WITH_FAILED_ROWS";

	private final JdbcClient jdbc;

	private final PrepaymentProperties properties;

	PrepaymentApplyFiles(JdbcClient jdbc, PrepaymentProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Read the file as the job will.
	 * @return how many rows it holds
	 * @throws TableFileException naming the file, and the line where it has one, when the
	 * file cannot be read or has no header
	 */
	public int check(Path file) {
		return ApplyFile.read(file, this.properties.codePrefix()).size();
	}

	/** What the last run of the file did, by rows. */
	public ApplySummary summary(Path file) {
		return ApplySummary.of(this.jdbc, file.toAbsolutePath().normalize());
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		ApplySummary summary = ApplySummary.of(this.jdbc, PrepaymentApplyJobConfiguration.file(execution));
		if (summary.needingAttention() > 0) {
			execution.setExitStatus(new ExitStatus(ROWS_NEED_ATTENTION, summary.counts()));
		}
	}

}
