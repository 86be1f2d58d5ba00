package com.qincebridge.close;

import com.qincebridge.run.JobNames;
import com.qincebridge.run.PlannedRun;
import com.qincebridge.run.RunOwner;
import com.qincebridge.run.RunPlan;
import com.qincebridge.run.RunPlanner;
import com.qincebridge.run.RunRequest;
import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;

/**
 * The parameters month-end-close runs a statement job with, as {@link RunPlanner} plans
 * the whole trade month: a new run ({@code rerun} one past the latest) when the latest
 * run of the month completed, otherwise the latest run itself, so that one that failed
 * (or whose process died) is resumed from its checkpoint. A month a live process is
 * running is refused, naming its owner. The JobStep keeps what this chose in its context,
 * so a restart of month-end-close asks again only when the step had not started its job.
 * The run also carries {@value #CLOSE_INSTANCE} (not identifying): the month-end-close
 * job instance it belongs to, so that the close's reports can be found.
 */
final class NextRunParameters implements JobParametersExtractor {

	/** The job parameter naming the month-end-close job instance a run belongs to. */
	static final String CLOSE_INSTANCE = "month_end_close_instance";

	private final RunPlanner planner;

	NextRunParameters(RunPlanner planner) {
		this.planner = planner;
	}

	@Override
	public JobParameters getJobParameters(Job job, StepExecution stepExecution) {
		TradeMonthRun run = MonthEndCloseRun.of(stepExecution.getJobParameters()).wholeMonth();
		String description = JobNames.commandName(job.getName()) + " " + run.tradeMonth();
		JobParameters chosen;
		// the job step claims the run again when it starts it
		try (PlannedRun planned = this.planner
			.plan(RunRequest.of(job, description, run::toJobParameters).withPolicy(RunRequest.Policy.RESUME_OR_NEXT))) {
			RunPlan plan = planned.plan();
			if (plan instanceof RunPlan.Start start) {
				chosen = start.parameters();
			}
			else if (plan instanceof RunPlan.Resume resume) {
				chosen = new JobParameters(resume.execution().getJobParameters().getIdentifyingParameters());
			}
			else if (plan instanceof RunPlan.RunningElsewhere running) {
				throw new IllegalStateException(description + " is running, owned by "
						+ ((running.owner() != null) ? running.owner().describe() : "another process")
						+ "; month-end-close waits for it: resume the close once it has ended");
			}
			else {
				throw new IllegalStateException("Unexpected plan for " + description + ": " + plan);
			}
		}
		return new JobParametersBuilder(chosen)
			.addLong(CLOSE_INSTANCE, stepExecution.getJobExecution().getJobInstance().getInstanceId(), false)
			.toJobParameters();
	}

}
