package com.qincebridge.support;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * The shape of every step whose items call an API: the reader feeds an
 * {@link InFlightWindowTasklet} that keeps the API's {@code max-concurrency} calls in
 * flight all the time and writes each outcome as soon as it arrives, with restart
 * positions every {@code chunk} items (the page size of a paging reader). Reader,
 * processor and writer are the job's own step-scoped beans; those that listen to the
 * step's execution are registered as its listeners too. The window opens the reader; a
 * processor or writer that is an {@link ItemStream} is a stream of the step (opened,
 * updated at each commit, closed), as in a chunk step. A processor that is an
 * {@link InFlightWindowTasklet.BeforeCalls} is handed each page of items before their
 * calls start.
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

	/**
	 * What the step's reader reads again on restart, which decides what a failed item
	 * stops and how far calls may run ahead of the writer.
	 */
	public enum Restart {

		/**
		 * The reader leaves out the items whose outcome is recorded (the write-back and
		 * apply readers): a failed item does not stop the others, since a restart makes
		 * only what is left; {@code concurrency} failures in a row do. A call counts as
		 * in flight until its outcome is written.
		 */
		LEAVES_OUT_RECORDED,

		/**
		 * As {@link #LEAVES_OUT_RECORDED}, and each call is recorded before it is made
		 * and checked with the API on restart (the send step: a send whose attempt is
		 * recorded and whose outcome is not is looked up in Qince, not sent again), so
		 * calls may run ahead of the writer by {@code concurrency} outcomes.
		 */
		CHECKS_WHAT_LANDED,

		/**
		 * The reader reads every item after the restart position again (the extract's
		 * windows, the sync's pages): the first failed item stops the step, so that a
		 * restart repeats no more than the items in flight with it.
		 */
		READS_FROM_CHECKPOINT;

	}

	public static <I, O> TaskletStep build(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, int chunk, int concurrency, Restart restart,
			ItemStreamReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		// a window per step execution: the step is shared by every run of the job
		@SuppressWarnings("unchecked")
		InFlightWindowTasklet.BeforeCalls<I> beforeCalls = (processor instanceof InFlightWindowTasklet.BeforeCalls<?> before)
				? (InFlightWindowTasklet.BeforeCalls<I>) before : null;
		PerExecutionTasklet<I, O> window = new PerExecutionTasklet<>(() -> new InFlightWindowTasklet<>(name, reader,
				processor, writer, concurrency, chunk, (restart == Restart.READS_FROM_CHECKPOINT) ? 1 : concurrency,
				(restart == Restart.CHECKS_WHAT_LANDED) ? 2 * concurrency : concurrency, transactionManager,
				beforeCalls));
		TaskletStepBuilder step = new StepBuilder(name, jobRepository).tasklet(window, transactionManager)
			.transactionAttribute(chunkTransaction())
			.stream(window);
		for (Object part : new Object[] { processor, writer }) {
			if (part instanceof ItemStream stream) {
				step.stream(stream);
			}
		}
		for (Object part : new Object[] { reader, processor, writer }) {
			if (part instanceof StepExecutionListener listener) {
				step.listener(listener);
			}
		}
		return step.build();
	}

}
