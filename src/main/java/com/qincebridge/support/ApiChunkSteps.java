package com.qincebridge.support;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shape of every step whose items call an API: a chunk read in order, its items
 * processed concurrently (the API calls) up to the API's {@code max-concurrency}, then
 * written and committed together. Reader, processor and writer that need the step's
 * execution (its job parameters, its context) are registered as its listeners too.
 */
public final class ApiChunkSteps {

	private ApiChunkSteps() {
	}

	public static <I, O> Step build(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, int chunk, int concurrency, ItemStreamReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
		executor.setConcurrencyLimit(concurrency);
		ChunkOrientedStepBuilder<I, O> step = new StepBuilder(name, jobRepository).<I, O>chunk(chunk)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(executor);
		for (Object part : new Object[] { reader, processor, writer }) {
			if (part instanceof StepExecutionListener listener) {
				step.listener(listener);
			}
		}
		return step.build();
	}

}
