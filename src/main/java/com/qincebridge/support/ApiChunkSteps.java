package com.qincebridge.support;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The shape of every step whose items call an API: a chunk read in order, its items
 * processed concurrently (the API calls) up to the API's {@code max-concurrency}, then
 * written and committed together. Reader, processor and writer are the job's own
 * step-scoped beans.
 */
public final class ApiChunkSteps {

	private ApiChunkSteps() {
	}

	/**
	 * The transaction of a chunk of the statement jobs: READ COMMITTED, so that runs of
	 * different months at once do not deadlock on the gap locks that MySQL's default
	 * REPEATABLE READ takes when a chunk replaces rows (a statement's lines, a window's
	 * lines) that sort next to another run's.
	 */
	public static TransactionAttribute chunkTransaction() {
		DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
		attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return attribute;
	}

	public static <I, O> Step build(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, int chunk, int concurrency, ItemStreamReader<I> reader,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
		executor.setConcurrencyLimit(concurrency);
		return new StepBuilder(name, jobRepository).<I, O>chunk(chunk)
			.transactionManager(transactionManager)
			.transactionAttribute(chunkTransaction())
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(executor)
			.build();
	}

}
