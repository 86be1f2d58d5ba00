package com.qincebridge.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps up to {@code concurrency} items in flight all the time. The step's thread reads a
 * page ahead (the items up to the next restart position) whenever fewer than
 * {@code concurrency} items wait; each item is processed (its API call) on a thread of
 * the window, which hands its outcome to the window's writer thread and takes the next
 * item read ahead while the window has room for it (when it has not, the writer starts
 * the next item once it has written an outcome). The writer writes the outcomes in one
 * transaction with those that arrived while the last write ran. There is no chunk
 * barrier: no call waits for the slowest of a chunk, for the step's commit or for a page
 * query. A call counts as in flight until its outcome is written, so that no more than
 * {@code concurrency} calls are ever made without their outcome written (the calls a
 * crash may repeat), unless a restart tells the calls that took effect from those that
 * did not ({@code withoutOutcome}: the sends, each recorded before it is made and checked
 * with Qince on restart). A {@link BeforeCalls} processor gets each page before any of
 * its items starts, and when the step ends the items of those pages that never started.
 * <p>
 * Restart contract: the step commits about once a second; what it saves is the reader's
 * position after the last {@code checkpointEvery}-th item such that every item up to it
 * has its outcome written, so a restart reads again only items whose outcome may not be
 * written: the ones in flight when the run stopped and those after them (readers that
 * leave out items with a recorded outcome skip those). A paging reader must use
 * {@code checkpointEvery} as its page size, so that positions fall on page ends. Writers
 * are never called concurrently; a write that fails counts none of its outcomes written.
 * <p>
 * An item whose processor throws (a call that outlasted its client's retries) does not
 * stop the others: the window goes on with the next items, so that one bad answer in a
 * night of gateway noise costs a restart of that item only, not of everything after it;
 * the step fails with the failure of the first item in reading order that failed (or the
 * reader's or writer's) once the reader is exhausted and every item in flight is written.
 * When {@code failuresToStop} items in a row fail (the API looks down; 1 for a reader
 * that reads everything after the restart position again), or a write fails (the
 * database), no new item is started: the items in flight finish and are written, then the
 * step fails. A stop request is seen at the next commit; the items in flight then finish
 * before the step ends.
 */
public final class InFlightWindowTasklet<I, O> implements Tasklet, ItemStream, StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(InFlightWindowTasklet.class);

	private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final String name;

	private final ItemStreamReader<I> reader;

	private final ItemProcessor<I, O> processor;

	private final ItemWriter<O> writer;

	private final int concurrency;

	private final int checkpointEvery;

	private final int failuresToStop;

	private final int withoutOutcome;

	private final TransactionTemplate ownTransaction;

	private final Object lock = new Object();

	private final Queue<Sequenced<O>> toWrite = new ConcurrentLinkedQueue<>();

	private final @Nullable BeforeCalls<I> beforeCalls;

	// guarded by lock: the items read and not started yet
	private final Queue<Sequenced<I>> ready = new ArrayDeque<>();

	private @Nullable ExecutorService executor;

	private @Nullable ExecutorService writerThread;

	private @Nullable StepExecution stepExecution;

	// guarded by lock
	private long read;

	private long completed;

	private final Set<Long> doneAhead = new HashSet<>();

	private final TreeMap<Long, ExecutionContext> positions = new TreeMap<>();

	private @Nullable ExecutionContext checkpoint;

	private int inFlight;

	private int unwritten;

	private long written;

	private long filtered;

	private long writtenCounted;

	private long filteredCounted;

	private long sinceCommit;

	private @Nullable Throwable failure;

	// the item whose failure is kept, -1 when the reader or the writer failed
	private long failureSequence;

	private int failedInARow;

	private long lastFailed;

	private boolean halt;

	private boolean exhausted;

	private boolean closing;

	/**
	 * @param name names the threads
	 * @param concurrency the most items in flight
	 * @param checkpointEvery how many items apart restart positions are (a paging
	 * reader's page size)
	 * @param failuresToStop how many failed items in a row stop the step before the
	 * reader is exhausted
	 * @param withoutOutcome the most items started whose outcome is not written yet, in
	 * flight or waiting for the writer: {@code concurrency}, so that a crash repeats no
	 * more than the calls in flight; more only where a restart asks the API whether a
	 * call without an outcome took effect
	 * @param beforeCalls what must be done for a page's items before their calls, or null
	 */
	public InFlightWindowTasklet(String name, ItemStreamReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer, int concurrency, int checkpointEvery, int failuresToStop, int withoutOutcome,
			PlatformTransactionManager transactionManager, @Nullable BeforeCalls<I> beforeCalls) {
		if (concurrency < 1 || checkpointEvery < 1 || failuresToStop < 1 || withoutOutcome < concurrency) {
			throw new IllegalArgumentException("concurrency, checkpointEvery and failuresToStop must be at least 1"
					+ " and withoutOutcome at least the concurrency: " + concurrency + ", " + checkpointEvery + ", "
					+ failuresToStop + ", " + withoutOutcome);
		}
		this.withoutOutcome = withoutOutcome;
		this.failuresToStop = failuresToStop;
		this.beforeCalls = beforeCalls;
		this.name = name;
		this.reader = reader;
		this.processor = processor;
		this.writer = writer;
		this.concurrency = concurrency;
		this.checkpointEvery = checkpointEvery;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		synchronized (this.lock) {
			this.read = 0;
			this.completed = 0;
			this.doneAhead.clear();
			this.positions.clear();
			this.checkpoint = null;
			this.inFlight = 0;
			this.unwritten = 0;
			this.written = 0;
			this.filtered = 0;
			this.writtenCounted = 0;
			this.filteredCounted = 0;
			this.sinceCommit = 0;
			this.failure = null;
			this.failureSequence = -1;
			this.failedInARow = 0;
			this.lastFailed = -1;
			this.halt = false;
			this.exhausted = false;
			this.closing = false;
			this.ready.clear();
		}
		this.toWrite.clear();
		this.executor = Executors.newFixedThreadPool(this.concurrency, daemons(this.name + "-"));
		this.writerThread = Executors.newSingleThreadExecutor(daemons(this.name + "-writer-"));
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.reader.open(executionContext);
	}

	/** Saves the last position up to which every outcome is written. */
	@Override
	public void update(ExecutionContext executionContext) {
		synchronized (this.lock) {
			if (this.checkpoint != null) {
				for (Map.Entry<String, Object> entry : this.checkpoint.entrySet()) {
					executionContext.put(entry.getKey(), entry.getValue());
				}
			}
		}
	}

	@Override
	public void close() {
		this.reader.close();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long commitAt = System.nanoTime() + COMMIT_EVERY_NANOS;
		synchronized (this.lock) {
			this.sinceCommit = 0;
		}
		while (true) {
			feed(contribution);
			synchronized (this.lock) {
				boolean done = this.inFlight == 0 && this.unwritten == 0
						&& (halted() || (this.exhausted && this.ready.isEmpty()));
				long wait = commitAt - System.nanoTime();
				if (done || wait <= 0 || this.sinceCommit >= this.checkpointEvery) {
					contribution.incrementWriteCount(this.written - this.writtenCounted);
					contribution.incrementFilterCount(this.filtered - this.filteredCounted);
					this.writtenCounted = this.written;
					this.filteredCounted = this.filtered;
					if (done && this.failure != null) {
						throw rethrown(this.failure);
					}
					return done ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
				}
				if (!(mayStart() && !this.ready.isEmpty()) && !needsReadAhead()) {
					this.lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
				}
			}
		}
	}

	/**
	 * Fill the window's free places with the items read ahead, and read the next page
	 * ahead while fewer than {@code concurrency} items wait, on the step's thread and in
	 * its transaction: the threads of the window take the next item themselves as they
	 * finish one, so that no call waits for a page query.
	 */
	private void feed(StepContribution contribution) {
		while (true) {
			boolean readAhead;
			synchronized (this.lock) {
				startReady();
				readAhead = needsReadAhead();
			}
			if (!readAhead || !readAhead(contribution)) {
				return;
			}
		}
	}

	/**
	 * Start the items read ahead while the window has room for them, each on a thread of
	 * the window; holds the lock.
	 */
	private void startReady() {
		ExecutorService executor = this.executor;
		if (executor == null) {
			throw new IllegalStateException("the window must be registered as a listener of its step");
		}
		while (mayStart() && !this.ready.isEmpty()) {
			Sequenced<I> next = this.ready.remove();
			this.inFlight++;
			executor.execute(() -> work(next));
		}
	}

	/**
	 * Whether the reader should read the next page ahead: it has more, nothing halted the
	 * step, and fewer than {@code concurrency} items wait; holds the lock.
	 */
	private boolean needsReadAhead() {
		return !halted() && !this.closing && !this.exhausted && this.ready.size() < this.concurrency;
	}

	/**
	 * Read the items up to the next restart position (a paging reader's page), and hand
	 * them to the {@link BeforeCalls} if there is one; whether any item was read.
	 */
	private boolean readAhead(StepContribution contribution) {
		List<Sequenced<I>> items = new ArrayList<>();
		try {
			while (true) {
				long sequence;
				synchronized (this.lock) {
					sequence = this.read;
				}
				I item = this.reader.read();
				synchronized (this.lock) {
					if (item == null) {
						this.exhausted = true;
						this.positions.put(sequence, position());
						advance();
						break;
					}
					this.read = sequence + 1;
					if (this.read % this.checkpointEvery == 0) {
						this.positions.put(this.read, position());
					}
				}
				contribution.incrementReadCount();
				items.add(new Sequenced<>(sequence, item));
				if ((sequence + 1) % this.checkpointEvery == 0) {
					break;
				}
			}
			BeforeCalls<I> before = this.beforeCalls;
			if (before != null && !items.isEmpty()) {
				inOwnTransaction(() -> before.beforeCalls(items.stream().map(Sequenced::item).toList()));
			}
		}
		catch (Exception ex) {
			synchronized (this.lock) {
				keep(ex);
				this.halt = true;
			}
			return false;
		}
		synchronized (this.lock) {
			this.ready.addAll(items);
		}
		return !items.isEmpty();
	}

	/**
	 * Whether a new item may start: the reader or the items read ahead have more, nothing
	 * halted the step, fewer than {@code concurrency} calls are in flight and fewer than
	 * {@code withoutOutcome} are in flight or waiting for their outcome to be written;
	 * holds the lock.
	 */
	private boolean mayStart() {
		return !halted() && !this.closing && (!this.exhausted || !this.ready.isEmpty())
				&& this.inFlight < this.concurrency && this.inFlight + this.unwritten < this.withoutOutcome;
	}

	private ExecutionContext position() {
		ExecutionContext position = new ExecutionContext();
		this.reader.update(position);
		return position;
	}

	/**
	 * Process items on a thread of the window, handing each outcome to the writer thread
	 * and taking the next item read ahead while the window has room for it (when it has
	 * not, the writer starts the next item once it has written an outcome).
	 */
	private void work(Sequenced<I> first) {
		StepExecution step = this.stepExecution;
		if (step != null) {
			StepSynchronizationManager.register(step);
		}
		try {
			Sequenced<I> next = first;
			while (next != null) {
				complete(next.sequence(), next.item());
				synchronized (this.lock) {
					this.inFlight--;
					this.sinceCommit++;
					next = mayStart() ? this.ready.poll() : null;
					if (next != null) {
						this.inFlight++;
					}
					this.lock.notifyAll();
				}
			}
		}
		finally {
			if (step != null) {
				StepSynchronizationManager.close();
			}
		}
	}

	/** Process one item and hand its outcome to the writer thread. */
	private void complete(long sequence, I item) {
		try {
			O outcome = this.processor.process(item);
			if (outcome == null) {
				synchronized (this.lock) {
					this.filtered++;
					succeeded(sequence);
					this.doneAhead.add(sequence);
					advance();
				}
			}
			else {
				synchronized (this.lock) {
					this.unwritten++;
				}
				this.toWrite.add(new Sequenced<>(sequence, outcome));
				ExecutorService writer = this.writerThread;
				if (writer == null) {
					throw new IllegalStateException("the window must be registered as a listener of its step");
				}
				writer.execute(this::write);
			}
		}
		catch (Throwable ex) {
			synchronized (this.lock) {
				// the failure of the first item in reading order: calls that end
				// later may fail because of it (a reversal whose create failed)
				if (this.failure == null || (this.failureSequence >= 0 && sequence < this.failureSequence)) {
					this.failure = ex;
					this.failureSequence = sequence;
				}
				this.failedInARow++;
				this.lastFailed = Math.max(this.lastFailed, sequence);
			}
		}
	}

	/**
	 * Write every outcome waiting, in one transaction of their own, on the writer thread:
	 * each write takes the outcomes that arrived while the last one ran, so that commits
	 * keep up with the calls. When the write fails, none of them counts as written.
	 */
	private void write() {
		List<Sequenced<O>> outcomes = new ArrayList<>();
		for (Sequenced<O> outcome = this.toWrite.poll(); outcome != null; outcome = this.toWrite.poll()) {
			outcomes.add(outcome);
		}
		if (outcomes.isEmpty()) {
			return;
		}
		StepExecution step = this.stepExecution;
		if (step != null) {
			StepSynchronizationManager.register(step);
		}
		boolean done = false;
		try {
			inOwnTransaction(() -> this.writer.write(new Chunk<>(outcomes.stream().map(Sequenced::item).toList())));
			done = true;
		}
		catch (Throwable ex) {
			synchronized (this.lock) {
				keep(ex);
				this.halt = true;
			}
		}
		finally {
			if (step != null) {
				StepSynchronizationManager.close();
			}
			synchronized (this.lock) {
				if (done) {
					this.written += outcomes.size();
					outcomes.forEach((outcome) -> succeeded(outcome.sequence()));
					outcomes.forEach((outcome) -> this.doneAhead.add(outcome.sequence()));
					advance();
				}
				this.unwritten -= outcomes.size();
				if (this.executor != null) {
					startReady();
				}
				this.lock.notifyAll();
			}
		}
	}

	private static ThreadFactory daemons(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

	/**
	 * Keep a failure of the window's own (a page read, a write) as the step's, or as
	 * suppressed by the one kept, so that the log names it too; holds the lock.
	 */
	private void keep(Throwable failure) {
		if (this.failure == null) {
			this.failure = failure;
		}
		else if (this.failure != failure) {
			this.failure.addSuppressed(failure);
		}
	}

	/** Do the work in a transaction of its own, READ COMMITTED. */
	private void inOwnTransaction(Work work) {
		this.ownTransaction.executeWithoutResult((status) -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private interface Work {

		void run() throws Exception;

	}

	/**
	 * An item succeeded: the failures in a row end if it was read after the last failed
	 * one (an item read before an outage that ends well during it does not); holds the
	 * lock.
	 */
	private void succeeded(long sequence) {
		if (sequence > this.lastFailed) {
			this.failedInARow = 0;
		}
	}

	/**
	 * Whether no new item may start: the reader or a write failed, or the last
	 * {@code failuresToStop} items all failed; holds the lock.
	 */
	private boolean halted() {
		return this.halt || this.failedInARow >= this.failuresToStop;
	}

	/** Move the completed prefix and the checkpoint forward; holds the lock. */
	private void advance() {
		while (this.doneAhead.remove(this.completed)) {
			this.completed++;
		}
		Map.Entry<Long, ExecutionContext> safe = this.positions.floorEntry(this.completed);
		if (safe != null) {
			this.checkpoint = safe.getValue();
			this.positions.headMap(safe.getKey(), true).clear();
		}
	}

	/**
	 * Let the items in flight finish (a stopped or failed step) and keep the position
	 * they reached.
	 */
	@Override
	public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
		synchronized (this.lock) {
			this.closing = true;
		}
		// the calls first: they hand the writer their last outcomes
		finish(this.executor);
		this.executor = null;
		finish(this.writerThread);
		this.writerThread = null;
		update(stepExecution.getExecutionContext());
		handBackNotCalled();
		return null;
	}

	/**
	 * Hand the items read ahead whose calls never started (the step stopped or failed
	 * first) back to the {@link BeforeCalls}, so that it can undo what it did for them.
	 */
	private void handBackNotCalled() {
		List<I> notCalled;
		synchronized (this.lock) {
			notCalled = this.ready.stream().map(Sequenced::item).toList();
			this.ready.clear();
		}
		BeforeCalls<I> before = this.beforeCalls;
		if (before == null || notCalled.isEmpty()) {
			return;
		}
		try {
			inOwnTransaction(() -> before.notCalled(notCalled));
		}
		catch (RuntimeException ex) {
			// what was done for them stays: the restart treats them as calls that may
			// have been made (a send is looked up in Qince rather than made again)
			logger.error("Could not hand back the {} items of {} read ahead and never called; the restart will take"
					+ " them for calls that may have been made", notCalled.size(), this.name, ex);
		}
	}

	private static void finish(@Nullable ExecutorService threads) {
		if (threads == null) {
			return;
		}
		threads.shutdown();
		try {
			threads.awaitTermination(10, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** An item read, or its outcome, with its place in the reading order. */
	private record Sequenced<T>(long sequence, T item) {
	}

	/**
	 * What must be done, in one transaction, for the items of a page before any of their
	 * calls is made (a processor that records each attempt before its call, such as the
	 * send step's): called on the step's thread with the items read up to the next
	 * restart position. When it fails, the step fails and none of these items starts.
	 */
	public interface BeforeCalls<I> {

		void beforeCalls(List<? extends I> items) throws Exception;

		/**
		 * The items handed to {@link #beforeCalls} whose calls never started, since the
		 * step stopped or failed first, in one transaction when the step ends: what was
		 * done for them before their calls can be undone. Not called for a process that
		 * dies.
		 */
		default void notCalled(List<? extends I> items) throws Exception {
		}

	}

	private static Exception rethrown(Throwable failure) {
		if (failure instanceof Exception exception) {
			return exception;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(failure);
	}

}
