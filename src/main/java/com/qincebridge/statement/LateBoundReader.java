package com.qincebridge.statement;

import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A reader made when its step starts, from the step's job parameters, so that one step
 * definition serves every run. It must be registered as the step's listener as well as
 * its reader; the restart contract is the delegate's.
 */
final class LateBoundReader<T> implements ItemStreamReader<T>, StepExecutionListener {

	private final Function<StepExecution, ItemStreamReader<T>> factory;

	private @Nullable ItemStreamReader<T> delegate;

	LateBoundReader(Function<StepExecution, ItemStreamReader<T>> factory) {
		this.factory = factory;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.delegate = this.factory.apply(stepExecution);
	}

	@Override
	public void open(ExecutionContext executionContext) {
		delegate().open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		delegate().update(executionContext);
	}

	@Override
	public void close() {
		if (this.delegate != null) {
			this.delegate.close();
		}
	}

	@Override
	public @Nullable T read() throws Exception {
		return delegate().read();
	}

	private ItemStreamReader<T> delegate() {
		return Objects.requireNonNull(this.delegate, "the reader must be registered as a listener of its step");
	}

}
