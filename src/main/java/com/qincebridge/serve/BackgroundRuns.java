package com.qincebridge.serve;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import com.qincebridge.cli.JobRuns;
import com.qincebridge.push.ResyncLauncher;
import com.qincebridge.run.JobNames;
import com.qincebridge.run.PlannedRun;
import com.qincebridge.run.RunClaim;
import com.qincebridge.run.RunLauncher;
import com.qincebridge.run.RunOwner;
import com.qincebridge.run.RunPlan;
import com.qincebridge.run.RunPlanner;
import com.qincebridge.run.RunRequest;
import com.qincebridge.support.StartedBy;
import com.qincebridge.support.TradeMonthRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs launched by {@code serve} (the schedule and Qince's pushes), logged instead of
 * printed, as {@link RunPlanner} decides: a run of a month resumes the last run of the
 * same parameters when it FAILED or was STOPPED (or its process died), as long as that
 * run has not been tried more than {@code max-resumes} times; otherwise, and when the
 * last run completed, it starts a new run of the month. Several runs go at once, up to
 * {@code bridge.serve.max-concurrent-runs}; a run beyond that waits for one to end, and
 * says so in the log. One job and month never run twice at once, here or in another
 * process: a run whose month is under way waits for it to end (logged), then runs.
 */
@Component
class BackgroundRuns implements ResyncLauncher {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundRuns.class);

	private final JobRuns runs;

	private final RunPlanner planner;

	private final RunLauncher launcher;

	private final ScheduleSettings.Source settings;

	private final int maxConcurrentRuns;

	private final Semaphore slots;

	private final Duration ownerPoll;

	BackgroundRuns(JobRuns runs, RunPlanner planner, RunLauncher launcher, ScheduleSettings.Source settings,
			@Value("${bridge.serve.max-concurrent-runs:3}") int maxConcurrentRuns,
			@Value("${bridge.serve.owner-poll:2s}") Duration ownerPoll) {
		if (maxConcurrentRuns < 1) {
			throw new IllegalArgumentException(
					"bridge.serve.max-concurrent-runs must be at least 1: " + maxConcurrentRuns);
		}
		this.runs = runs;
		this.planner = planner;
		this.launcher = launcher;
		this.settings = settings;
		this.maxConcurrentRuns = maxConcurrentRuns;
		this.slots = new Semaphore(maxConcurrentRuns, true);
		this.ownerPoll = ownerPoll;
	}

	@Override
	public String resync(String job, TradeMonthRun run) throws Exception {
		Job found = this.runs.job(job).orElseThrow(() -> new IllegalArgumentException("no job " + job));
		return StartedBy.as(StartedBy.PUSH, () -> sync(found, run, false, this.settings.get().maxResumes()));
	}

	/**
	 * Run the job for the month in this thread, once one of the
	 * {@code max-concurrent-runs} slots is free.
	 * @param onlyResume whether to resume a failed run only, and otherwise start nothing
	 * @param maxResumes how many times a failed run is resumed before a new one starts
	 * @return what happened, one line
	 */
	String sync(Job job, TradeMonthRun run, boolean onlyResume, int maxResumes) throws Exception {
		return StartedBy.named() ? claimAndLaunch(job, run, onlyResume, maxResumes)
				: StartedBy.as(StartedBy.SCHEDULE, () -> claimAndLaunch(job, run, onlyResume, maxResumes));
	}

	private String claimAndLaunch(Job job, TradeMonthRun run, boolean onlyResume, int maxResumes) throws Exception {
		String name = JobRuns.describe(job, run);
		try {
			job.getJobParametersValidator().validate(run.toJobParameters(0));
		}
		catch (InvalidJobParametersException ex) {
			return log(name + ": refused: " + ex.getMessage());
		}
		RunRequest request = RunRequest.of(job, name, run::toJobParameters)
			.withPolicy(RunRequest.Policy.RESUME_OR_NEXT)
			.withMaxResumes(maxResumes);
		try (PlannedRun planned = claim(request, run)) {
			if (!this.slots.tryAcquire()) {
				logger.info("{} queued: {} runs are under way (bridge.serve.max-concurrent-runs={})", name,
						this.maxConcurrentRuns, this.maxConcurrentRuns);
				this.slots.acquire();
			}
			try {
				return launch(job, name, planned, onlyResume, maxResumes);
			}
			finally {
				this.slots.release();
			}
		}
	}

	/** Plan the run, waiting while a live process runs the job for the month. */
	private PlannedRun claim(RunRequest request, TradeMonthRun run) throws InterruptedException {
		PlannedRun planned = this.planner.plan(request);
		if (planned.plan() instanceof RunPlan.RunningElsewhere running) {
			log(request.description() + " waits: " + JobNames.commandName(request.job().getName()) + " "
					+ run.tradeMonth() + " is running"
					+ ((running.execution() != null) ? " (execution " + running.execution().getId() + ")" : "")
					+ ((running.owner() != null) ? ", owned by " + running.owner().describe() : ""));
			while (planned.plan() instanceof RunPlan.RunningElsewhere) {
				Thread.sleep(this.ownerPoll.toMillis());
				planned = this.planner.plan(request);
			}
		}
		return planned;
	}

	private String launch(Job job, String name, PlannedRun planned, boolean onlyResume, int maxResumes)
			throws Exception {
		RunPlan plan = planned.plan();
		if (plan instanceof RunPlan.Resume resume) {
			if (resume.ownerDied()) {
				logger.warn("{}: execution {} was left running by a process that died ({}); recovering it", name,
						resume.execution().getId(),
						Optional.ofNullable(planned.claim())
							.flatMap(RunClaim::previousOwner)
							.map(RunOwner::describe)
							.orElse("no owner recorded"));
			}
			return log(name + ": resumed, " + outcome(this.launcher.launch(job, plan)));
		}
		if (onlyResume) {
			return name + ": nothing to resume";
		}
		if (plan instanceof RunPlan.Start start && start.previous() != null) {
			logger.error(
					"Execution {} of {} was tried {} times; not resumed again (max-resumes={}): starting a new run",
					start.previous().getId(), name, maxResumes + 1, maxResumes);
		}
		return log(name + ": " + outcome(this.launcher.launch(job, plan)));
	}

	private static String outcome(JobExecution execution) {
		return "execution " + execution.getId() + " " + execution.getStatus();
	}

	private static String log(String line) {
		logger.info(line);
		return line;
	}

}
