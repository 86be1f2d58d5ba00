package com.qincebridge.statement;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Filters out the items of customers outside the run's {@code customers} parameter (a
 * partial re-sync) and hands the others to a processor made when the step starts, so that
 * clients are built from the settings only when a run needs them. Must be registered as a
 * listener too.
 */
final class CustomerScopedProcessor<I, O> implements ItemProcessor<I, O>, StepExecutionListener {

	private final Function<I, String> customerOf;

	private final Supplier<ItemProcessor<I, O>> factory;

	private @Nullable TradeMonthRun run;

	private @Nullable ItemProcessor<I, O> delegate;

	CustomerScopedProcessor(Function<I, String> customerOf, Supplier<ItemProcessor<I, O>> factory) {
		this.customerOf = customerOf;
		this.factory = factory;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.run = TradeMonthRun.of(stepExecution.getJobParameters());
		this.delegate = this.factory.get();
	}

	@Override
	public @Nullable O process(I item) throws Exception {
		if (!Objects.requireNonNull(this.run, "not started").includes(this.customerOf.apply(item))) {
			return null;
		}
		return Objects.requireNonNull(this.delegate, "not started").process(item);
	}

}
