package com.qincebridge.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

import com.qincebridge.support.Failures;
import com.qincebridge.close.CloseRuns;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpProperties;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.report.RunReportText;
import com.qincebridge.report.RunReports;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts, resumes and reports the runs of the jobs for the command line. A run of a month
 * resumes the last instance of the same parameters when it did not complete; an execution
 * left STARTED by a process that died (no progress for {@code bridge.runs.stale-after})
 * is marked FAILED with {@link JobOperator#recover} and resumed from its checkpoint.
 */
@Component
public class JobRuns {

	private final Map<String, Job> jobs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunReports reports;

	private final Duration staleAfter;

	private final JdbcClient jdbc;

	private final Duration progressEvery;

	private final CloseRuns closeRuns;

	private final ErpProperties erpProperties;

	private final ObjectProvider<ErpClient> erpClient;

	private final ObjectProvider<QinceClient> qinceClient;

	JobRuns(Map<String, Job> jobs, JobOperator jobOperator, JobRepository jobRepository, RunReports reports,
			CloseRuns closeRuns, JdbcClient jdbc, ErpProperties erpProperties, ObjectProvider<ErpClient> erpClient,
			ObjectProvider<QinceClient> qinceClient, @Value("${bridge.runs.stale-after:15m}") Duration staleAfter,
			@Value("${bridge.runs.progress-every:5s}") Duration progressEvery) {
		this.jdbc = jdbc;
		this.closeRuns = closeRuns;
		this.erpProperties = erpProperties;
		this.erpClient = erpClient;
		this.qinceClient = qinceClient;
		this.progressEvery = progressEvery;
		this.jobs = jobs;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.reports = reports;
		this.staleAfter = staleAfter;
	}

	/**
	 * The job a command-line name stands for: {@code statement} is the bean
	 * {@code statementJob}, {@code prepayment-sync} the bean {@code prepaymentSyncJob}.
	 */
	public Optional<Job> job(String name) {
		return Optional.ofNullable(this.jobs.get(JobNames.beanName(name)));
	}

	/**
	 * Run a job for a month: resume the last instance if it did not complete, start a new
	 * one when asked to ({@code rerun}) or when there is none.
	 * @return the exit status
	 */
	int run(Job job, TradeMonthRun run, boolean rerun, PrintStream out, PrintStream err) throws Exception {
		this.erpProperties.requireCompanyCodes();
		try {
			// before anything is created: Batch 6 creates the job instance before it
			// validates
			job.getJobParametersValidator().validate(run.toJobParameters(0));
		}
		catch (InvalidJobParametersException ex) {
			err.println(ex.getMessage());
			return ExitStatus.FAILED;
		}
		return run(job, describe(job, run), run::toJobParameters, rerun, false, out, err);
	}

	/**
	 * Run a job whose instances are told apart by a rerun counter: resume the last
	 * instance if it did not complete; otherwise start a new one when asked to
	 * ({@code rerun}), when there is none, or always for an {@code incremental} job (each
	 * run continues where the last one ended).
	 * @param parameters the job parameters of the instance with a rerun counter
	 * @return the exit status
	 */
	int run(Job job, String description, LongFunction<JobParameters> parameters, boolean rerun, boolean incremental,
			PrintStream out, PrintStream err) throws Exception {
		requireSettings();
		long latest = latestRerun(job, parameters);
		JobExecution last = (latest >= 0) ? lastExecution(job, parameters.apply(latest)) : null;
		if (last != null && last.isRunning()) {
			if (!isStale(last)) {
				err.printf("%s is running: execution %d, last progress at %s. Wait for it, or stop it with: stop %d%n",
						description, last.getId(), lastProgress(last), last.getId());
				return ExitStatus.FAILED;
			}
			err.printf("Execution %d of %s made no progress since %s: its process is gone; recovering it.%n",
					last.getId(), description, lastProgress(last));
			last = recover(last);
		}
		boolean next = rerun || (incremental && last != null && last.getStatus() == BatchStatus.COMPLETED);
		if (next || last == null) {
			long counter = next ? latest + 1 : Math.max(latest, 0);
			out.printf("Starting %s%s.%n", description, (counter > 0) ? " (run " + (counter + 1) + ")" : "");
			try (ProgressPrinter progress = progress(job.getName(), err)) {
				return finish(this.jobOperator.start(job, parameters.apply(counter)), out, err);
			}
		}
		if (last.getStatus() == BatchStatus.COMPLETED) {
			out.printf(
					"%s already completed (execution %d, ended %s).%n"
							+ "To run it again, for example after the ERP data changed, add --rerun.%n",
					description, last.getId(), last.getEndTime());
			return ExitStatus.OK;
		}
		out.printf("Resuming %s from its checkpoint (execution %d was %s).%n", description, last.getId(),
				last.getStatus());
		try (ProgressPrinter progress = progress(job.getName(), err)) {
			return finish(resume(last), out, err);
		}
	}

	/**
	 * Resume a FAILED or STOPPED execution (recovering it first when its process died).
	 */
	int restart(long executionId, PrintStream out, PrintStream err) throws Exception {
		requireSettings();
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		if (execution == null) {
			err.println("No job execution " + executionId + " (status lists them).");
			return ExitStatus.USAGE;
		}
		if (execution.isRunning()) {
			if (!isStale(execution)) {
				err.printf("Execution %d is running (last progress at %s).%n", executionId, lastProgress(execution));
				return ExitStatus.FAILED;
			}
			execution = recover(execution);
		}
		out.printf("Resuming execution %d of %s from its checkpoint.%n", executionId,
				execution.getJobInstance().getJobName());
		try (ProgressPrinter progress = progress(execution.getJobInstance().getJobName(), err)) {
			return finish(resume(execution), out, err);
		}
	}

	/**
	 * Resume a FAILED or STOPPED execution: a start with the same parameters, which the
	 * launcher turns into a restart of that instance (this finds the job among ours, not
	 * in a job registry).
	 */
	public JobExecution resume(JobExecution execution) throws Exception {
		String name = execution.getJobInstance().getJobName();
		Job job = this.jobs.values()
			.stream()
			.filter((candidate) -> candidate.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No job " + name + " in this version of the product"));
		return this.jobOperator.start(job, execution.getJobParameters());
	}

	/**
	 * Mark a dead process's execution FAILED, and with it every other execution left
	 * STARTED with no progress for {@code stale-after} (the jobs month-end-close was
	 * running in the same process), so that they can be resumed.
	 */
	public JobExecution recover(JobExecution execution) {
		JobExecution recovered = this.jobOperator.recover(execution);
		for (Job job : this.jobs.values()) {
			for (JobExecution running : this.jobRepository.findRunningJobExecutions(job.getName())) {
				JobExecution full = this.jobRepository.getJobExecution(running.getId());
				if (full != null && isStale(full)) {
					this.jobOperator.recover(full);
				}
			}
		}
		return recovered;
	}

	/**
	 * Fail before a run starts when a setting the jobs need is missing, so that the
	 * operator gets the setting's name and exit status 3 instead of a FAILED execution.
	 */
	private void requireSettings() {
		this.erpClient.getObject();
		this.qinceClient.getObject();
	}

	private ProgressPrinter progress(String jobName, PrintStream err) {
		return new ProgressPrinter(this.jdbc, jobName, err, this.progressEvery);
	}

	/** Print the run's report and turn its status into the exit status. */
	int finish(JobExecution execution, PrintStream out, PrintStream err) {
		for (long run : this.closeRuns.statementRuns(execution)) {
			this.reports.find(run).map(RunReportText::render).ifPresent(out::print);
		}
		this.reports.find(execution.getId()).map(RunReportText::render).ifPresent(out::print);
		this.closeRuns.closedBy(execution).ifPresent((closed) -> out.println("Month " + closed.describe() + "."));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return ExitStatus.OK;
		}
		String reason = execution.getAllFailureExceptions()
			.stream()
			.map(Failures::describe)
			.findFirst()
			.orElse(execution.getExitStatus().getExitDescription());
		err.printf("%s execution %d ended %s: %s%nResume it from its checkpoint with: restart %d%n",
				execution.getJobInstance().getJobName(), execution.getId(), execution.getStatus(), reason,
				execution.getId());
		return ExitStatus.FAILED;
	}

	public @Nullable JobExecution lastExecution(Job job, JobParameters parameters) {
		JobExecution last = this.jobRepository.getLastJobExecution(job.getName(), parameters);
		// read again with its steps, whose updates tell when it last made progress
		return (last != null) ? this.jobRepository.getJobExecution(last.getId()) : null;
	}

	public long latestRerun(Job job, TradeMonthRun run) {
		return latestRerun(job, run::toJobParameters);
	}

	private long latestRerun(Job job, LongFunction<JobParameters> parameters) {
		long latest = -1;
		for (long counter = 0;; counter++) {
			JobInstance instance = this.jobRepository.getJobInstance(job.getName(), parameters.apply(counter));
			if (instance == null) {
				return latest;
			}
			latest = counter;
		}
	}

	public boolean isStale(JobExecution execution) {
		return lastProgress(execution).isBefore(LocalDateTime.now().minus(this.staleAfter));
	}

	/**
	 * The last time the execution or one of its steps was updated (each chunk commit
	 * updates its step).
	 */
	private static LocalDateTime lastProgress(JobExecution execution) {
		LocalDateTime last = Objects.requireNonNullElse(execution.getLastUpdated(), execution.getCreateTime());
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && step.getLastUpdated().isAfter(last)) {
				last = step.getLastUpdated();
			}
		}
		return last;
	}

	public static String describe(Job job, TradeMonthRun run) {
		return JobNames.commandName(job.getName()) + " " + run.tradeMonth()
				+ (run.customers().isEmpty() ? "" : " for " + String.join(",", run.customers()))
				+ ((run.from().equals(run.tradeMonth().atDay(1)) && run.to().equals(run.tradeMonth().atEndOfMonth()))
						? "" : " from " + run.from() + " to " + run.to());
	}

}
