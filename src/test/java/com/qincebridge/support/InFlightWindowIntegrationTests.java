package com.qincebridge.support;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job inFlightProbeJob;

	@BeforeEach
	void forget() {
		processed.clear();
		written.clear();
		inFlight.set(0);
		mostInFlight.set(0);
		failing = Set.of();
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
	void concurrencyFailuresInARowStopTheStepAndTheRestartResumesAfterTheWrittenOnes() throws Exception {
		// the API is down from item 101 to item 200
		failing = java.util.stream.IntStream.rangeClosed(101, 200).boxed().collect(java.util.stream.Collectors.toSet());
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

	private static JobParameters parameters() {
		return new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		@Bean
		Job inFlightProbeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
			return new JobBuilder("inFlightProbeJob", jobRepository)
				.start(ApiChunkSteps.build("inFlightProbeStep", jobRepository, transactionManager, CHECKPOINT_EVERY,
						CONCURRENCY, ApiChunkSteps.Restart.LEAVES_OUT_RECORDED, new KeysetReader(), (Integer n) -> {
							processed.computeIfAbsent(n, (key) -> new AtomicInteger()).incrementAndGet();
							int now = inFlight.incrementAndGet();
							mostInFlight.accumulateAndGet(now, Math::max);
							try {
								Thread.sleep(2 + n % 5);
								if (failing.contains(n)) {
									throw new IllegalStateException("planned failure of item " + n);
								}
								return n;
							}
							finally {
								inFlight.decrementAndGet();
							}
						},
						(chunk) -> chunk.forEach(
								(n) -> written.computeIfAbsent(n, (key) -> new AtomicInteger()).incrementAndGet())))
				.build();
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
