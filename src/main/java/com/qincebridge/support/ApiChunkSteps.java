package com.qincebridge.support;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The shape of every step whose items call an API: a chunk read in order, its items
 * processed concurrently (the API calls) up to the API's {@code max-concurrency}, then
 * written and committed together. Reader, processor and writer are the job's own
 * step-scoped beans.
 */
public final class ApiChunkSteps {

	private ApiChunkSteps() {
	}

	public static <I, O> Step build(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, int chunk, int concurrency, ItemStreamReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
		executor.setConcurrencyLimit(concurrency);
		return new StepBuilder(name, jobRepository).<I, O>chunk(chunk)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(executor)
			.build();
	}

}
