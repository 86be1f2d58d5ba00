package com.qincebridge.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.LongFunction;

import com.qincebridge.close.ClosedMonths;
import com.qincebridge.close.MonthCloses;
import com.qincebridge.support.StartedBy;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The runs an operator starts from outside the command line (the console), through the
 * same run policy as {@code run}, {@code restart} and {@code stop}: a run of a month
 * resumes its last run when that did not complete, one that is running is not started
 * twice, a closed month is refused unless reopened. Each call runs the job in the calling
 * thread, after any other run of this process ({@code serve} runs one at a time), and
 * answers what the command line would have printed.
 */
@Component
public class OperatorRuns {

	private final JobRuns runs;

	private final MonthCloses closes;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final ClosedMonths closedMonths;

	OperatorRuns(JobRuns runs, MonthCloses closes, ClosedMonths closedMonths, JobOperator jobOperator,
			JobRepository jobRepository) {
		this.jobRepository = jobRepository;
		this.closedMonths = closedMonths;
		this.runs = runs;
		this.closes = closes;
		this.jobOperator = jobOperator;
	}

	/**
	 * Run a statement or expense job for a month (resuming its last run when it did not
	 * complete), or a new run of a completed month when {@code rerun}.
	 */
	public Outcome run(String who, String jobName, TradeMonthRun run, boolean rerun) throws Exception {
		Job job = job(jobName);
		return captured(who, (out, err) -> this.runs.run(job, run, rerun, out, err));
	}

	/** month-end-close of a month; a closed month only when {@code reopen}. */
	public Outcome closeMonth(String who, YearMonth month, boolean reopen) throws Exception {
		Job job = job("month-end-close");
		return captured(who, (out, err) -> closeMonth(job, TradeMonthRun.wholeMonth(month), reopen, out, err));
	}

	/**
	 * prepayment-sync: what changed since the last completed sync, or all when
	 * {@code full}.
	 */
	public Outcome syncPrepayments(String who, boolean full) throws Exception {
		Job job = job("prepayment-sync");
		return captured(who,
				(out, err) -> this.runs.run(job, "prepayment-sync", prepaymentSync(full), full, true, out, err));
	}

	/**
	 * prepayment-apply of a file; a file that completed is applied again only when
	 * {@code rerun}.
	 */
	public Outcome applyPrepaymentFile(String who, Path file, boolean rerun) throws Exception {
		Job job = job("prepayment-apply");
		String path = file.toAbsolutePath().normalize().toString();
		return captured(who, (out, err) -> this.runs.run(job, "prepayment-apply " + path, prepaymentApply(path), rerun,
				false, out, err));
	}

	/** Resume a FAILED or STOPPED execution from its checkpoint. */
	public Outcome restart(String who, long executionId) throws Exception {
		return captured(who, (out, err) -> this.runs.restart(executionId, out, err));
	}

	/** Ask a running execution to stop at its next chunk boundary (returns at once). */
	public Outcome stop(long executionId) throws Exception {
		if (!exists(executionId)) {
			return new Outcome(ExitStatus.USAGE, "No job execution " + executionId + ".");
		}
		try {
			this.jobOperator.stop(executionId);
			return new Outcome(ExitStatus.OK,
					"Asked execution " + executionId + " to stop at its next chunk boundary; it can then be resumed.");
		}
		catch (NoSuchJobExecutionException ex) {
			return new Outcome(ExitStatus.USAGE, "No job execution " + executionId + ".");
		}
		catch (JobExecutionNotRunningException ex) {
			return new Outcome(ExitStatus.FAILED, "Execution " + executionId + " is not running.");
		}
	}

	private boolean exists(long executionId) {
		try {
			return this.jobRepository.getJobExecution(executionId) != null;
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			// Batch 6's JDBC repository throws for an id it does not have
			return false;
		}
	}

	/**
	 * month-end-close: a CLOSED month is refused unless {@code reopen}, which records the
	 * reopening and starts a new run of the month.
	 */
	int closeMonth(Job job, TradeMonthRun run, boolean reopen, PrintStream out, PrintStream err) throws Exception {
		var closed = this.closedMonths.closed(run.tradeMonth());
		if (closed.isPresent() && !reopen) {
			err.printf("Month %s.%nIt is not closed again unless you add --reopen.%n", closed.get().describe());
			return ExitStatus.FAILED;
		}
		boolean reopened = closed.isPresent() && this.closes.reopen(run.tradeMonth());
		if (reopened) {
			out.printf("Reopened %s; closing it again.%n", run.tradeMonth());
		}
		return this.runs.run(job, run, reopened, out, err);
	}

	static LongFunction<JobParameters> prepaymentSync(boolean full) {
		return (counter) -> counted(counter).addString("full", Boolean.toString(full), false).toJobParameters();
	}

	static LongFunction<JobParameters> prepaymentApply(String path) {
		return (counter) -> counted(counter).addString("file", path).toJobParameters();
	}

	private static JobParametersBuilder counted(long counter) {
		JobParametersBuilder builder = new JobParametersBuilder();
		return (counter > 0) ? builder.addLong("rerun", counter) : builder;
	}

	private Job job(String name) {
		return this.runs.job(name).orElseThrow(() -> new IllegalArgumentException("No job " + name));
	}

	private Outcome captured(String who, Work work) throws Exception {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		try (PrintStream stream = new PrintStream(text, true, StandardCharsets.UTF_8)) {
			// the run policy refuses a run whose job and month is under way; other runs
			// go at once
			int status = StartedBy.as(who, () -> work.run(stream, stream));
			return new Outcome(status, text.toString(StandardCharsets.UTF_8));
		}
	}

	private interface Work {

		int run(PrintStream out, PrintStream err) throws Exception;

	}

	/**
	 * What a run ended with.
	 *
	 * @param exitStatus the command line's exit status for it (0: completed)
	 * @param text what the command line would have printed
	 */
	public record Outcome(int exitStatus, String text) {

		public boolean succeeded() {
			return this.exitStatus == ExitStatus.OK;
		}

	}

}
