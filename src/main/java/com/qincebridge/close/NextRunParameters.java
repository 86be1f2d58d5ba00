package com.qincebridge.close;

import com.qincebridge.support.TradeMonthRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobParametersExtractor;

/**
 * The parameters month-end-close runs a statement job with: the whole trade month, as a
 * new run ({@code rerun} one past the latest) when the latest run of the month completed,
 * otherwise the latest run itself, so that one that failed is resumed from its
 * checkpoint. The JobStep keeps what this chose in its context, so a restart of
 * month-end-close asks again only when the step had not started its job. The run also
 * carries {@value #CLOSE_INSTANCE} (not identifying): the month-end-close job instance it
 * belongs to, so that the close's reports can be found.
 */
final class NextRunParameters implements JobParametersExtractor {

	/** The job parameter naming the month-end-close job instance a run belongs to. */
	static final String CLOSE_INSTANCE = "month_end_close_instance";

	private final JobRepository jobRepository;

	NextRunParameters(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	@Override
	public JobParameters getJobParameters(Job job, StepExecution stepExecution) {
		TradeMonthRun run = MonthEndCloseRun.of(stepExecution.getJobParameters()).wholeMonth();
		long latest = -1;
		while (this.jobRepository.getJobInstance(job.getName(), run.toJobParameters(latest + 1)) != null) {
			latest++;
		}
		long counter = 0;
		if (latest >= 0) {
			JobExecution last = this.jobRepository.getLastJobExecution(job.getName(), run.toJobParameters(latest));
			boolean finished = last == null || last.getStatus() == BatchStatus.COMPLETED
					|| last.getStatus() == BatchStatus.ABANDONED;
			counter = finished ? latest + 1 : latest;
		}
		return new JobParametersBuilder(run.toJobParameters(counter))
			.addLong(CLOSE_INSTANCE, stepExecution.getJobExecution().getJobInstance().getInstanceId(), false)
			.toJobParameters();
	}

}
