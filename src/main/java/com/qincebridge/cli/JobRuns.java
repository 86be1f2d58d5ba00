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
import com.qincebridge.run.JobNames;
import com.qincebridge.run.PlannedRun;
import com.qincebridge.run.RunClaim;
import com.qincebridge.run.RunLauncher;
import com.qincebridge.run.RunOwner;
import com.qincebridge.run.RunPlan;
import com.qincebridge.run.RunPlanner;
import com.qincebridge.run.RunRequest;
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
 * Starts, resumes and reports the runs of the jobs for the command line, as
 * {@link RunPlanner} decides: a run of a month resumes the last instance of the same
 * parameters when it did not complete, including an execution left STARTED by a process
 * that died (nobody holds its lock), which is recovered and resumed at once; while a live
 * process owns the run, however long its chunks take, it is refused with that owner.
 */
@Component
public class JobRuns {

	private final Map<String, Job> jobs;

	private final JobRepository jobRepository;

	private final RunPlanner planner;

	private final RunLauncher launcher;

	private final RunReports reports;

	private final JdbcClient jdbc;

	private final Duration progressEvery;

	private final CloseRuns closeRuns;

	private final ErpProperties erpProperties;

	private final ObjectProvider<ErpClient> erpClient;

	private final ObjectProvider<QinceClient> qinceClient;

	JobRuns(Map<String, Job> jobs, JobRepository jobRepository, RunPlanner planner, RunLauncher launcher,
			RunReports reports, CloseRuns closeRuns, JdbcClient jdbc, ErpProperties erpProperties,
			ObjectProvider<ErpClient> erpClient, ObjectProvider<QinceClient> qinceClient,
			@Value("${bridge.runs.progress-every:5s}") Duration progressEvery) {
		this.jobs = jobs;
		this.jobRepository = jobRepository;
		this.planner = planner;
		this.launcher = launcher;
		this.reports = reports;
		this.closeRuns = closeRuns;
		this.jdbc = jdbc;
		this.erpProperties = erpProperties;
		this.erpClient = erpClient;
		this.qinceClient = qinceClient;
		this.progressEvery = progressEvery;
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
		RunRequest request = RunRequest.of(job, description, parameters)
			.withPolicy(rerun ? RunRequest.Policy.NEXT
					: incremental ? RunRequest.Policy.RESUME_OR_NEXT : RunRequest.Policy.RESUME_OR_REPORT);
		try (PlannedRun planned = this.planner.plan(request)) {
			RunPlan plan = planned.plan();
			if (plan instanceof RunPlan.RunningElsewhere running) {
				err.println(running(description, running));
				return ExitStatus.FAILED;
			}
			if (plan instanceof RunPlan.Completed completed) {
				out.printf(
						"%s already completed (execution %d, ended %s).%n"
								+ "To run it again, for example after the ERP data changed, add --rerun.%n",
						description, completed.execution().getId(), completed.execution().getEndTime());
				return ExitStatus.OK;
			}
			if (plan instanceof RunPlan.Start start) {
				if (start.previous() != null && start.previous().isRunning()) {
					err.printf("The owner of execution %d of %s died; it is left behind as FAILED.%n",
							start.previous().getId(), description);
				}
				out.printf("Starting %s%s.%n", description,
						(start.counter() > 0) ? " (run " + (start.counter() + 1) + ")" : "");
			}
			else if (plan instanceof RunPlan.Resume resume) {
				if (resume.ownerDied()) {
					err.printf(
							"Execution %d of %s was left running by a process that died (%s): its process is gone; "
									+ "recovering it.%n",
							resume.execution().getId(), description, previousOwner(planned));
				}
				out.printf("Resuming %s from its checkpoint (execution %d was %s).%n", description,
						resume.execution().getId(),
						resume.ownerDied() ? "left running" : resume.execution().getStatus());
			}
			try (ProgressPrinter progress = progress(job.getName(), err)) {
				return finish(this.launcher.launch(job, plan), out, err);
			}
		}
	}

	/**
	 * Resume a FAILED or STOPPED execution, or one whose process died, from its
	 * checkpoint; refused while a live process runs it.
	 */
	int restart(long executionId, PrintStream out, PrintStream err) throws Exception {
		requireSettings();
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		if (execution == null) {
			err.println("No job execution " + executionId + " (status lists them).");
			return ExitStatus.USAGE;
		}
		String name = execution.getJobInstance().getJobName();
		Job job = this.jobs.values()
			.stream()
			.filter((candidate) -> candidate.getName().equals(name))
			.findFirst()
			.orElse(null);
		if (job == null) {
			err.println("No job " + name + " in this version of the product.");
			return ExitStatus.USAGE;
		}
		RunRequest request = RunRequest.of(job, "execution " + executionId + " of " + JobNames.commandName(name),
				execution);
		try (PlannedRun planned = this.planner.plan(request)) {
			RunPlan plan = planned.plan();
			if (plan instanceof RunPlan.RunningElsewhere running) {
				err.println(running(request.description(), running));
				return ExitStatus.FAILED;
			}
			if (!(plan instanceof RunPlan.Resume resume) || resume.execution().getId() != executionId) {
				err.printf("Execution %d cannot be resumed: %s.%n", executionId, (plan instanceof RunPlan.Completed)
						? "its run completed" : "it is not the last execution of its run (status lists them)");
				return ExitStatus.FAILED;
			}
			if (resume.ownerDied()) {
				err.printf("Execution %d was left running by a process that died (%s): its process is gone; "
						+ "recovering it.%n", executionId, previousOwner(planned));
			}
			out.printf("Resuming execution %d of %s from its checkpoint.%n", executionId, name);
			try (ProgressPrinter progress = progress(name, err)) {
				return finish(this.launcher.launch(job, plan), out, err);
			}
		}
	}

	private String running(String description, RunPlan.RunningElsewhere running) {
		String owner = (running.owner() != null) ? running.owner().describe() : "another process";
		if (running.execution() == null) {
			return description + " must wait: its month is being run by " + owner + ". Wait for it.";
		}
		long id = running.execution().getId();
		return String.format("%s is running: execution %d, owned by %s. Wait for it, or stop it with: stop %d",
				description, id, owner, id);
	}

	private static String previousOwner(PlannedRun planned) {
		return Optional.ofNullable(planned.claim())
			.flatMap(RunClaim::previousOwner)
			.map(RunOwner::describe)
			.orElse("no owner recorded");
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

	public static String describe(Job job, TradeMonthRun run) {
		return JobNames.commandName(job.getName()) + " " + run.tradeMonth()
				+ (run.customers().isEmpty() ? "" : " for " + String.join(",", run.customers()))
				+ ((run.from().equals(run.tradeMonth().atDay(1)) && run.to().equals(run.tradeMonth().atEndOfMonth()))
						? "" : " from " + run.from() + " to " + run.to());
	}

}
