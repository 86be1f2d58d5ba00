package com.qincebridge.support;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps up to {@code concurrency} items in flight all the time: the reader feeds a window
 * of that many; each item is processed (its API call) on a thread of its own and its
 * outcome written at once, in a transaction of its own (with the outcomes that arrived
 * while the last write ran), then the next item takes its place. There is no chunk
 * barrier: no call waits for the slowest of a chunk, for a commit or for the next page
 * query.
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
 * the step fails with the first failure once the reader is exhausted and every item in
 * flight is written. When {@code failuresToStop} items in a row fail (the API looks down;
 * 1 for a reader that reads everything after the restart position again), or a write
 * fails (the database), no new item is started: the items in flight finish and are
 * written, then the step fails. A stop request is seen at the next commit; the items in
 * flight then finish before the step ends.
 */
public final class InFlightWindowTasklet<I, O> implements Tasklet, ItemStream, StepExecutionListener {

	private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final String name;

	private final ItemStreamReader<I> reader;

	private final ItemProcessor<I, O> processor;

	private final ItemWriter<O> writer;

	private final int concurrency;

	private final int checkpointEvery;

	private final int failuresToStop;

	private final TransactionTemplate ownTransaction;

	private final Object lock = new Object();

	private final Object writing = new Object();

	private final AtomicInteger peak = new AtomicInteger();

	private final Queue<Outcome<O>> toWrite = new ConcurrentLinkedQueue<>();

	private @Nullable ExecutorService executor;

	private @Nullable StepExecution stepExecution;

	// guarded by lock
	private long read;

	private long completed;

	private final Set<Long> doneAhead = new HashSet<>();

	private final TreeMap<Long, ExecutionContext> positions = new TreeMap<>();

	private @Nullable ExecutionContext checkpoint;

	private int inFlight;

	private long written;

	private long filtered;

	private long writtenCounted;

	private long filteredCounted;

	private long sinceCommit;

	private @Nullable Throwable failure;

	private int failedInARow;

	private long lastFailed;

	private boolean halt;

	private boolean exhausted;

	/**
	 * @param name names the threads
	 * @param concurrency the most items in flight
	 * @param checkpointEvery how many items apart restart positions are (a paging
	 * reader's page size)
	 * @param failuresToStop how many failed items in a row stop the step before the
	 * reader is exhausted
	 */
	public InFlightWindowTasklet(String name, ItemStreamReader<I> reader, ItemProcessor<I, O> processor,
			ItemWriter<O> writer, int concurrency, int checkpointEvery, int failuresToStop,
			PlatformTransactionManager transactionManager) {
		if (concurrency < 1 || checkpointEvery < 1 || failuresToStop < 1) {
			throw new IllegalArgumentException("concurrency, checkpointEvery and failuresToStop must be at least 1: "
					+ concurrency + ", " + checkpointEvery + ", " + failuresToStop);
		}
		this.failuresToStop = failuresToStop;
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
			this.written = 0;
			this.filtered = 0;
			this.writtenCounted = 0;
			this.filteredCounted = 0;
			this.sinceCommit = 0;
			this.failure = null;
			this.failedInARow = 0;
			this.lastFailed = -1;
			this.halt = false;
			this.exhausted = false;
		}
		this.toWrite.clear();
		this.peak.set(0);
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(this.concurrency, (task) -> {
			Thread thread = new Thread(task, this.name + "-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
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
				boolean done = this.inFlight == 0 && (this.exhausted || halted());
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
				if (this.inFlight == this.concurrency || this.exhausted || halted()) {
					this.lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
				}
			}
		}
	}

	/** Fill the window from the reader, on the step's thread and in its transaction. */
	private void feed(StepContribution contribution) {
		while (true) {
			long sequence;
			synchronized (this.lock) {
				if (halted() || this.exhausted || this.inFlight >= this.concurrency) {
					return;
				}
				sequence = this.read;
			}
			I item;
			try {
				item = this.reader.read();
			}
			catch (Exception ex) {
				synchronized (this.lock) {
					if (this.failure == null) {
						this.failure = ex;
					}
					this.halt = true;
				}
				return;
			}
			synchronized (this.lock) {
				if (item == null) {
					this.exhausted = true;
					this.positions.put(sequence, position());
					advance();
					return;
				}
				this.read = sequence + 1;
				if (this.read % this.checkpointEvery == 0) {
					this.positions.put(this.read, position());
				}
				this.inFlight++;
				this.peak.accumulateAndGet(this.inFlight, Math::max);
			}
			contribution.incrementReadCount();
			ExecutorService executor = this.executor;
			if (executor == null) {
				throw new IllegalStateException("the window must be registered as a listener of its step");
			}
			executor.execute(() -> complete(sequence, item));
		}
	}

	private ExecutionContext position() {
		ExecutionContext position = new ExecutionContext();
		this.reader.update(position);
		return position;
	}

	/** Process one item and see its outcome written, on a thread of the window. */
	private void complete(long sequence, I item) {
		StepExecution step = this.stepExecution;
		if (step != null) {
			StepSynchronizationManager.register(step);
		}
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
				this.toWrite.add(new Outcome<>(sequence, outcome));
				write();
			}
		}
		catch (Throwable ex) {
			synchronized (this.lock) {
				if (this.failure == null) {
					this.failure = ex;
				}
				this.failedInARow++;
				this.lastFailed = Math.max(this.lastFailed, sequence);
			}
		}
		finally {
			if (step != null) {
				StepSynchronizationManager.close();
			}
			synchronized (this.lock) {
				this.inFlight--;
				this.sinceCommit++;
				this.lock.notifyAll();
			}
		}
	}

	/**
	 * Write every outcome waiting, in one transaction of their own: whoever holds the
	 * writer writes the outcomes that arrived meanwhile too, so that commits keep up with
	 * the calls. When the write fails, none of them counts as written.
	 */
	private void write() {
		synchronized (this.writing) {
			List<Outcome<O>> outcomes = new ArrayList<>();
			for (Outcome<O> outcome = this.toWrite.poll(); outcome != null; outcome = this.toWrite.poll()) {
				outcomes.add(outcome);
			}
			if (outcomes.isEmpty()) {
				return;
			}
			try {
				this.ownTransaction.executeWithoutResult((status) -> {
					try {
						this.writer.write(new Chunk<>(outcomes.stream().map(Outcome::item).toList()));
					}
					catch (RuntimeException ex) {
						throw ex;
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
			catch (RuntimeException ex) {
				synchronized (this.lock) {
					if (this.failure == null) {
						this.failure = ex;
					}
					this.halt = true;
				}
				return;
			}
			synchronized (this.lock) {
				this.written += outcomes.size();
				outcomes.forEach((outcome) -> succeeded(outcome.sequence()));
				outcomes.forEach((outcome) -> this.doneAhead.add(outcome.sequence()));
				advance();
			}
		}
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
		ExecutorService executor = this.executor;
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.executor = null;
		}
		update(stepExecution.getExecutionContext());
		return null;
	}

	/** The most items that were in flight at once in the last execution. */
	int peakInFlight() {
		return this.peak.get();
	}

	private record Outcome<O>(long sequence, O item) {
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
