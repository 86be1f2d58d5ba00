package com.qincebridge.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps whose items call an API ({@link ApiChunkSteps}, an
 * {@link InFlightWindowTasklet}) on the real job repository: every outcome written
 * exactly once, never more items in flight than the concurrency and that many kept in
 * flight, a failed item that does not stop the others, an outage that stops the step, and
 * a failed run resumed without repeating a written outcome.
 */
@BridgeIntegrationTest
class InFlightWindowIntegrationTests {

	static final int ITEMS = 300;

	static final int CONCURRENCY = 6;

	static final int CHECKPOINT_EVERY = 20;

	static final Map<Integer, AtomicInteger> processed = new ConcurrentHashMap<>();

	static final Map<Integer, AtomicInteger> written = new ConcurrentHashMap<>();

	static final AtomicInteger inFlight = new AtomicInteger();

	static final AtomicInteger mostInFlight = new AtomicInteger();

	static volatile Set<Integer> failing = Set.of();

	static volatile Runnable beforeWrite = () -> {
	};

	static final List<List<Integer>> pages = new CopyOnWriteArrayList<>();

	static final Set<Integer> prepared = ConcurrentHashMap.newKeySet();

	static final List<Integer> processedUnprepared = new CopyOnWriteArrayList<>();

	static final List<Integer> handedBack = new CopyOnWriteArrayList<>();

	static volatile int failingPageWith = -1;

	static volatile int failingWriteWith = -1;

	static volatile int slowItem = -1;

	/** Counted down when a failing item other than {@code slowItem} fails. */
	static volatile CountDownLatch otherFailed = new CountDownLatch(1);

	static final AtomicBoolean slowItemFailedAfterTheOther = new AtomicBoolean();

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job inFlightProbeJob;

	@Autowired
	Job beforeCallsProbeJob;

	@Autowired
	Job checkedProbeJob;

	@BeforeEach
	void forget() {
		processed.clear();
		written.clear();
		inFlight.set(0);
		mostInFlight.set(0);
		failing = Set.of();
		beforeWrite = () -> {
		};
		pages.clear();
		prepared.clear();
		processedUnprepared.clear();
		handedBack.clear();
		failingPageWith = -1;
		failingWriteWith = -1;
		slowItem = -1;
		otherFailed = new CountDownLatch(1);
		slowItemFailedAfterTheOther.set(false);
	}

	@Test
	void noMoreThanConcurrencyCallsAreMadeWithoutTheirOutcomeWritten() throws Exception {
		// the calls in flight go on while the first write is held, and no new one starts
		// once the window holds as many calls as the concurrency, in flight or waiting
		// for their outcome to be written
		AtomicInteger startedWhileBlocked = holdTheFirstWriteUntilStarted(CONCURRENCY);
		JobExecution execution = this.jobOperator.start(this.inFlightProbeJob, parameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(startedWhileBlocked).as("items started while the first write was held").hasValue(CONCURRENCY);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	@Test
	void callsWhoseRestartChecksWhatLandedRunAheadOfTheWriterByTheConcurrency() throws Exception {
		AtomicInteger startedWhileBlocked = holdTheFirstWriteUntilStarted(2 * CONCURRENCY);
		JobExecution execution = this.jobOperator.start(this.checkedProbeJob, parameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(startedWhileBlocked).as("items started while the first write was held").hasValue(2 * CONCURRENCY);
		assertThat(mostInFlight.get()).as("most calls in flight at once").isEqualTo(CONCURRENCY);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	@Test
	void aFailedWriteStopsTheStepAndTheRestartWritesWhatItHeld() throws Exception {
		failingWriteWith = 157;
		JobExecution failed = this.jobOperator.start(this.inFlightProbeJob, parameters());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex).hasMessageContaining("planned failure of the write of 157"));
		assertThat(written).as("nothing of the failed write").doesNotContainKey(157);
		assertThat(processed.keySet()).as("no item started long after the failed write")
			.allSatisfy((n) -> assertThat(n).isLessThan(157 + CHECKPOINT_EVERY + CONCURRENCY));

		failingWriteWith = -1;
		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).as("written once").allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	@Test
	void eachPageIsHandedToBeforeCallsBeforeAnyOfItsCallsStarts() throws Exception {
		JobExecution execution = this.jobOperator.start(this.beforeCallsProbeJob, parameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(pages).hasSize(ITEMS / CHECKPOINT_EVERY);
		for (int page = 0; page < pages.size(); page++) {
			assertThat(pages.get(page)).as("page " + page)
				.containsExactlyElementsOf(
						IntStream.rangeClosed(page * CHECKPOINT_EVERY + 1, (page + 1) * CHECKPOINT_EVERY)
							.boxed()
							.toList());
		}
		assertThat(processedUnprepared).as("items processed before their page was prepared").isEmpty();
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	@Test
	void aFailedBeforeCallsStartsNoneOfItsPageAndTheRestartMakesThem() throws Exception {
		failingPageWith = 141;
		JobExecution failed = this.jobOperator.start(this.beforeCallsProbeJob, parameters());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex).hasMessageContaining("planned failure of the page of 141"));
		assertThat(processed.keySet()).as("nothing of the failed page or after it")
			.allSatisfy((n) -> assertThat(n).isLessThanOrEqualTo(140));
		assertThat(written.keySet()).as("every item started written: the first ones, up to the items read ahead")
			.isEqualTo(processed.keySet())
			.containsAll(IntStream.rangeClosed(1, 120).boxed().toList());

		failingPageWith = -1;
		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).as("written once").allSatisfy((count) -> assertThat(count).hasValue(1));
		assertThat(processed.values()).as("processed once").allSatisfy((count) -> assertThat(count).hasValue(1));
		assertThat(processedUnprepared).isEmpty();
	}

	@Test
	void theItemsOfPreparedPagesThatNeverStartedAreHandedBackWhenTheStepFails() throws Exception {
		failingWriteWith = 157;
		// the failing write finds the next page read ahead: its items wait, none started
		beforeWrite = () -> {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (processed.containsKey(157) && !prepared.contains(180) && System.nanoTime() < deadline) {
				sleep(5);
			}
		};
		JobExecution failed = this.jobOperator.start(this.beforeCallsProbeJob, parameters());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		Set<Integer> neverStarted = new TreeSet<>(prepared);
		neverStarted.removeAll(processed.keySet());
		assertThat(neverStarted).as("items of prepared pages left when the write failed").isNotEmpty();
		assertThat(handedBack).as("handed back once each").containsExactlyInAnyOrderElementsOf(neverStarted);

		failingWriteWith = -1;
		handedBack.clear();
		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(handedBack).as("nothing handed back by a step that completed").isEmpty();
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).as("written once").allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	@Test
	void everyOutcomeIsWrittenOnceWithTheWindowFullButNeverOverTheConcurrency() throws Exception {
		JobExecution execution = this.jobOperator.start(this.inFlightProbeJob, parameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
		assertThat(processed.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
		assertThat(mostInFlight.get()).as("most calls in flight at once").isEqualTo(CONCURRENCY);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).isEqualTo(ITEMS);
		assertThat(step.getWriteCount()).isEqualTo(ITEMS);
	}

	@Test
	void aFailedItemDoesNotStopTheOthersAndTheRestartMakesOnlyIt() throws Exception {
		failing = Set.of(157);
		JobParameters parameters = parameters();
		JobExecution failed = this.jobOperator.start(this.inFlightProbeJob, parameters);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex).hasMessage("planned failure of item 157"));
		assertThat(written).as("every other item written").hasSize(ITEMS - 1).doesNotContainKey(157);
		assertThat(processed.values()).allSatisfy((count) -> assertThat(count).hasValue(1));

		failing = Set.of();
		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).as("written once").allSatisfy((count) -> assertThat(count).hasValue(1));
		assertThat(processed.get(157)).hasValue(2);
		StepExecution step = resumed.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).as("read again: from the last checkpoint, without the written ones").isOne();
	}

	@Test
	void theStepFailsWithTheFailureOfTheFirstFailedItemInReadingOrder() throws Exception {
		// item 150 fails last, item 151 first
		failing = Set.of(150, 151);
		slowItem = 150;
		JobExecution failed = this.jobOperator.start(this.inFlightProbeJob, parameters());

		assertThat(slowItemFailedAfterTheOther).as("item 151 failed before item 150").isTrue();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).singleElement()
			.satisfies((ex) -> assertThat(ex).hasMessage("planned failure of item 150"));
	}

	@Test
	void concurrencyFailuresInARowStopTheStepAndTheRestartResumesAfterTheWrittenOnes() throws Exception {
		// the API is down from item 101 to item 200
		failing = IntStream.rangeClosed(101, 200).boxed().collect(Collectors.toSet());
		JobExecution failed = this.jobOperator.start(this.inFlightProbeJob, parameters());

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(written.keySet()).as("nothing after the outage started")
			.allSatisfy((n) -> assertThat(n).isLessThan(101 + CONCURRENCY * 2));
		assertThat(processed.keySet().stream().filter((n) -> n > 100).count())
			.as("items tried after the outage began: the failures in a row, and those in flight with them")
			.isBetween((long) CONCURRENCY, (long) CONCURRENCY * 2 - 1);

		failing = Set.of();
		JobExecution resumed = this.jobOperator.restart(failed);

		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(written).hasSize(ITEMS);
		assertThat(written.values()).as("written once").allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	/**
	 * Hold the first write until {@code started} items have started (10 s at most), then
	 * 300 ms more; the items started by then are set in what this returns.
	 */
	private static AtomicInteger holdTheFirstWriteUntilStarted(int started) {
		AtomicInteger startedWhileBlocked = new AtomicInteger(-1);
		AtomicInteger writes = new AtomicInteger();
		beforeWrite = () -> {
			if (writes.getAndIncrement() > 0) {
				return;
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (processed.size() < started && System.nanoTime() < deadline) {
				sleep(5);
			}
			sleep(300);
			startedWhileBlocked.set(processed.size());
		};
		return startedWhileBlocked;
	}

	private static JobParameters parameters() {
		return new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		@Bean
		Job inFlightProbeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
			return probeJob("inFlightProbe", ApiChunkSteps.Restart.LEAVES_OUT_RECORDED, new CountingProcessor(),
					jobRepository, transactionManager);
		}

		@Bean
		Job checkedProbeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
			return probeJob("checkedProbe", ApiChunkSteps.Restart.CHECKS_WHAT_LANDED, new CountingProcessor(),
					jobRepository, transactionManager);
		}

		@Bean
		Job beforeCallsProbeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
			return probeJob("beforeCallsProbe", ApiChunkSteps.Restart.LEAVES_OUT_RECORDED, new PreparingProcessor(),
					jobRepository, transactionManager);
		}

		/**
		 * A job of one window step over 1..{@value #ITEMS} whose writer counts each
		 * write.
		 */
		private static Job probeJob(String name, ApiChunkSteps.Restart restart,
				ItemProcessor<Integer, Integer> processor, JobRepository jobRepository,
				PlatformTransactionManager transactionManager) {
			return new JobBuilder(name + "Job", jobRepository)
				.start(ApiChunkSteps.build(name + "Step", jobRepository, transactionManager, CHECKPOINT_EVERY,
						CONCURRENCY, restart, new KeysetReader(), processor, (chunk) -> {
							beforeWrite.run();
							if (chunk.getItems().contains(failingWriteWith)) {
								throw new IllegalStateException("planned failure of the write of " + failingWriteWith);
							}
							chunk.forEach(
									(n) -> written.computeIfAbsent(n, (key) -> new AtomicInteger()).incrementAndGet());
						}))
				.build();
		}

	}

	/**
	 * Counts each item processed and the calls in flight, fails the items in
	 * {@code failing}.
	 */
	static final class CountingProcessor implements ItemProcessor<Integer, Integer> {

		@Override
		public Integer process(Integer n) throws InterruptedException {
			processed.computeIfAbsent(n, (key) -> new AtomicInteger()).incrementAndGet();
			int now = inFlight.incrementAndGet();
			mostInFlight.accumulateAndGet(now, Math::max);
			try {
				if (n == slowItem) {
					// fails only once another failing item has
					slowItemFailedAfterTheOther.set(otherFailed.await(10, TimeUnit.SECONDS));
				}
				else {
					sleep(2 + n % 5);
				}
				if (failing.contains(n)) {
					if (n != slowItem) {
						otherFailed.countDown();
					}
					throw new IllegalStateException("planned failure of item " + n);
				}
				return n;
			}
			finally {
				inFlight.decrementAndGet();
			}
		}

	}

	/** A processor that prepares each page before its calls, as the send step's does. */
	static final class PreparingProcessor
			implements ItemProcessor<Integer, Integer>, InFlightWindowTasklet.BeforeCalls<Integer> {

		@Override
		public void beforeCalls(List<? extends Integer> items) {
			if (items.contains(failingPageWith)) {
				throw new IllegalStateException("planned failure of the page of " + failingPageWith);
			}
			pages.add(List.copyOf(items));
			prepared.addAll(items);
		}

		@Override
		public void notCalled(List<? extends Integer> items) {
			handedBack.addAll(items);
		}

		@Override
		public Integer process(Integer n) throws InterruptedException {
			processed.computeIfAbsent(n, (key) -> new AtomicInteger()).incrementAndGet();
			if (!prepared.contains(n)) {
				processedUnprepared.add(n);
			}
			sleep(1 + n % 3);
			return n;
		}

	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads 1..{@value #ITEMS} in order, leaving out the items already written, as the
	 * send and write-back readers leave out recorded outcomes. On restart, it uses the
	 * last key read to locate the next item.
	 */
	static final class KeysetReader implements ItemStreamReader<Integer> {

		private static final String LAST = "keyset.last";

		private int last;

		@Override
		public void open(ExecutionContext executionContext) {
			this.last = executionContext.getInt(LAST, 0);
		}

		@Override
		public void update(ExecutionContext executionContext) {
			executionContext.putInt(LAST, this.last);
		}

		@Override
		public @Nullable Integer read() {
			Set<Integer> done = written.keySet();
			for (int n = this.last + 1; n <= ITEMS; n++) {
				if (!done.contains(n)) {
					this.last = n;
					return n;
				}
			}
			this.last = ITEMS;
			return null;
		}

	}

}
