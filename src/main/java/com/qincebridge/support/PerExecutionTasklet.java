package com.qincebridge.support;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One {@link InFlightWindowTasklet} per step execution behind a step that is a singleton
 * bean: two runs of different months in one process each get their own window (its
 * counters, its threads, its step execution), never a shared one. Every callback is
 * routed by the step execution Spring Batch registered on the calling thread.
 */
final class PerExecutionTasklet<I, O> implements Tasklet, ItemStream, StepExecutionListener {

	private final Supplier<InFlightWindowTasklet<I, O>> windows;

	private final Map<Long, InFlightWindowTasklet<I, O>> byExecution = new ConcurrentHashMap<>();

	PerExecutionTasklet(Supplier<InFlightWindowTasklet<I, O>> windows) {
		this.windows = windows;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		window(stepExecution).beforeStep(stepExecution);
	}

	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		return window(stepExecution).afterStep(stepExecution);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		current().open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		current().update(executionContext);
	}

	@Override
	public void close() {
		// the last call of a step execution
		StepContext context = Objects.requireNonNull(StepSynchronizationManager.getContext(),
				"no step execution on this thread");
		InFlightWindowTasklet<I, O> window = this.byExecution.remove(context.getStepExecution().getId());
		if (window != null) {
			window.close();
		}
	}

	@Override
	public @Nullable RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		return window(chunkContext.getStepContext().getStepExecution()).execute(contribution, chunkContext);
	}

	private InFlightWindowTasklet<I, O> window(StepExecution stepExecution) {
		return this.byExecution.computeIfAbsent(stepExecution.getId(), (id) -> this.windows.get());
	}

	private InFlightWindowTasklet<I, O> current() {
		StepContext context = Objects.requireNonNull(StepSynchronizationManager.getContext(),
				"no step execution on this thread");
		return window(context.getStepExecution());
	}

}
