package com.qincebridge.close;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * The first step of month-end-close: fails when the month is already CLOSED (closing it
 * again needs {@code --reopen}, which reopens it first).
 */
final class MonthOpenTasklet implements Tasklet {

	private final ClosedMonths closedMonths;

	MonthOpenTasklet(ClosedMonths closedMonths) {
		this.closedMonths = closedMonths;
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		MonthEndCloseRun run = MonthEndCloseRun.of(chunkContext.getStepContext().getStepExecution().getJobParameters());
		this.closedMonths.closed(run.tradeMonth()).ifPresent((closed) -> {
			throw new IllegalStateException("Month " + closed.describe() + "; closing it again needs --reopen");
		});
		return RepeatStatus.FINISHED;
	}

}
