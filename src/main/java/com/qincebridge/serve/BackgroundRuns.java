package com.qincebridge.serve;

import com.qincebridge.cli.JobRuns;

import java.util.Optional;

import com.qincebridge.push.ResyncLauncher;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs launched by {@code serve} (the schedule and Qince's pushes), logged instead of
 * printed. A run of a month resumes the last run of the same parameters when it FAILED or
 * was STOPPED (or its process died), as long as that run has not been tried more than
 * {@code max-resumes} times; otherwise, and when the last run completed, it starts a new
 * run of the month.
 */
@Component
class BackgroundRuns implements ResyncLauncher {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundRuns.class);

	private final JobRuns runs;

	private final JobOperator jobOperator;

	private final Object oneRunAtATime = new Object();

	private final JobRepository jobRepository;

	private final ScheduleSettings.Source settings;

	BackgroundRuns(JobRuns runs, JobOperator jobOperator, JobRepository jobRepository,
			ScheduleSettings.Source settings) {
		this.runs = runs;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.settings = settings;
	}

	@Override
	public String resync(String job, TradeMonthRun run) throws Exception {
		return sync(this.runs.job(job).orElseThrow(() -> new IllegalArgumentException("no job " + job)), run, false,
				this.settings.get().maxResumes());
	}

	/**
	 * Run the job for the month in this thread.
	 * @param onlyResume whether to resume a failed run only, and otherwise start nothing
	 * @param maxResumes how many times a failed run is resumed before a new one starts
	 * @return what happened, one line
	 */
	String sync(Job job, TradeMonthRun run, boolean onlyResume, int maxResumes) throws Exception {
		// one run at a time in this process: the steps of a job are shared instances
		// whose
		// readers and processors hold the state of the execution they run (pushes and the
		// schedule queue here)
		synchronized (this.oneRunAtATime) {
			return syncAlone(job, run, onlyResume, maxResumes);
		}
	}

	private String syncAlone(Job job, TradeMonthRun run, boolean onlyResume, int maxResumes) throws Exception {
		String name = JobRuns.describe(job, run);
		try {
			job.getJobParametersValidator().validate(run.toJobParameters(0));
		}
		catch (InvalidJobParametersException ex) {
			return log(name + ": refused: " + ex.getMessage());
		}
		long latest = this.runs.latestRerun(job, run);
		JobExecution last = (latest >= 0) ? this.runs.lastExecution(job, run.toJobParameters(latest)) : null;
		if (last != null && last.isRunning()) {
			if (!this.runs.isStale(last)) {
				return log(name + ": execution " + last.getId() + " is running");
			}
			last = this.runs.recover(last);
		}
		Optional<JobExecution> resumable = resumable(last, maxResumes);
		if (resumable.isPresent()) {
			return log(name + ": resumed, " + outcome(this.runs.resume(resumable.get())));
		}
		if (onlyResume) {
			return name + ": nothing to resume";
		}
		long counter = (last == null) ? 0 : latest + 1;
		return log(name + ": " + outcome(this.jobOperator.start(job, run.toJobParameters(counter))));
	}

	private Optional<JobExecution> resumable(@Nullable JobExecution last, int maxResumes) {
		if (last == null || (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED)) {
			return Optional.empty();
		}
		int tries = this.jobRepository.getJobExecutions(last.getJobInstance()).size();
		if (tries > maxResumes) {
			logger.error("Execution {} of {} failed {} times; not resumed again (max-resumes={}): starting a new run",
					last.getId(), last.getJobInstance().getJobName(), tries, maxResumes);
			return Optional.empty();
		}
		return Optional.of(last);
	}

	private static String outcome(JobExecution execution) {
		return "execution " + execution.getId() + " " + execution.getStatus();
	}

	private static String log(String line) {
		logger.info(line);
		return line;
	}

}
