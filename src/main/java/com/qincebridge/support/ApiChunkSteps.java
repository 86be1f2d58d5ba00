package com.qincebridge.support;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shape of every step whose items call an API: the reader feeds an
 * {@link InFlightWindowTasklet} that keeps the API's {@code max-concurrency} calls in
 * flight all the time and writes each outcome as soon as it arrives, with restart
 * positions every {@code chunk} items (the page size of a paging reader). Reader,
 * processor and writer are the job's own step-scoped beans; those that listen to the
 * step's execution are registered as its listeners too.
 */
public final class ApiChunkSteps {

	private ApiChunkSteps() {
	}

	public static <I, O> Step build(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, int chunk, int concurrency, ItemStreamReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		InFlightWindowTasklet<I, O> window = new InFlightWindowTasklet<>(name, reader, processor, writer, concurrency,
				chunk, transactionManager);
		TaskletStepBuilder step = new StepBuilder(name, jobRepository).tasklet(window, transactionManager)
			.stream(window);
		for (Object part : new Object[] { reader, processor, writer }) {
			if (part instanceof StepExecutionListener listener) {
				step.listener(listener);
			}
		}
		return step.build();
	}

}
