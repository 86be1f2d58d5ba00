package com.qincebridge.close;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of month-end-close: records the month CLOSED with its totals, in the
 * step's transaction.
 */
final class MonthCloseTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(MonthCloseTasklet.class);

	private final MonthCloses closes;

	MonthCloseTasklet(MonthCloses closes) {
		this.closes = closes;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		MonthEndCloseRun run = MonthEndCloseRun.of(step.getJobParameters());
		MonthCloses.MonthClose closed = this.closes.close(run.tradeMonth(), step.getJobExecutionId());
		logger.info("Month {}", closed.describe());
		return RepeatStatus.FINISHED;
	}

}
