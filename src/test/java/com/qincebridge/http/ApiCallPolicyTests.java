package com.qincebridge.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApiCallPolicyTests {

	private static final Pattern WAIT = Pattern.compile("next in (\\d+) ms");

	@Test
	void concurrentCallsNeverExceedMaxConcurrency() throws Exception {
		ApiCallPolicy policy = new ApiCallPolicy("test", limits(2, 1000, 1, Duration.ZERO));
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger mostInFlight = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				calls.add(threads.submit(() -> policy.call(() -> {
					mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
					sleep(20);
					return inFlight.decrementAndGet();
				})));
			}
			for (Future<Integer> call : calls) {
				call.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(mostInFlight).hasValue(2);
	}

	@Test
	void noSecondHoldsMoreCallStartsThanRequestsPerSecond() {
		ApiCallPolicy policy = new ApiCallPolicy("test", limits(4, 10, 1, Duration.ZERO));
		List<Long> starts = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			policy.call(() -> starts.add(System.nanoTime()));
		}
		for (int i = 0; i + 10 < starts.size(); i++) {
			assertThat(starts.get(i + 10) - starts.get(i)).as("from start %d to start %d", i + 1, i + 11)
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
		}
	}

	@Test
	void transientFailureIsRetriedUntilItSucceeds() {
		ApiCallPolicy policy = new ApiCallPolicy("test", limits(1, 1000, 4, Duration.ofMillis(1)));
		AtomicInteger attempts = new AtomicInteger();
		String answer = policy.call(() -> {
			if (attempts.incrementAndGet() < 3) {
				throw new ApiUnavailableException("test endpoint", 503, "busy");
			}
			return "ok";
		});
		assertThat(answer).isEqualTo("ok");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void exhaustedRetriesThrowTheLastTransientFailure() {
		ApiCallPolicy policy = new ApiCallPolicy("test", limits(1, 1000, 3, Duration.ofMillis(1)));
		AtomicInteger attempts = new AtomicInteger();
		assertThatExceptionOfType(ApiUnavailableException.class).isThrownBy(() -> policy.call(() -> {
			throw new ApiUnavailableException("test endpoint", 500 + attempts.incrementAndGet(), "down");
		})).satisfies((ex) -> assertThat(ex.httpStatus()).isEqualTo(503));
		assertThat(attempts).hasValue(3);
	}

	@Test
	void permanentFailureIsThrownWithoutRetry() {
		ApiCallPolicy policy = new ApiCallPolicy("test", limits(1, 1000, 5, Duration.ofMillis(1)));
		AtomicInteger attempts = new AtomicInteger();
		assertThatExceptionOfType(ApiRejectedException.class).isThrownBy(() -> policy.call(() -> {
			attempts.incrementAndGet();
			throw new ApiRejectedException("test endpoint", "00001", "bad key");
		}));
		assertThat(attempts).hasValue(1);
	}

	@Test
	void backoffDoublesBetweenTries() {
		ApiCallPolicy policy = new ApiCallPolicy("test", limits(1, 1000, 4, Duration.ofMillis(40)));
		Logger logger = (Logger) LoggerFactory.getLogger(ApiCallPolicy.class);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		logger.addAppender(log);
		try {
			assertThatExceptionOfType(ApiUnavailableException.class).isThrownBy(() -> policy.call(() -> {
				throw new ApiUnavailableException("test endpoint", 503, "busy");
			}));
		}
		finally {
			logger.detachAppender(log);
		}
		// the waits the policy asked for before tries 2, 3 and 4: 40, 80 and 160 ms, each
		// within ±50%
		List<Long> waits = log.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.map(WAIT::matcher)
			.filter(Matcher::find)
			.map((wait) -> Long.parseLong(wait.group(1)))
			.toList();
		assertThat(waits).hasSize(3);
		assertThat(waits.get(0)).isBetween(20L, 60L);
		assertThat(waits.get(1)).isBetween(40L, 120L);
		assertThat(waits.get(2)).isBetween(80L, 240L);
	}

	private static ApiLimits limits(int concurrency, double perSecond, int attempts, Duration backoff) {
		return new ApiLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), concurrency, perSecond, attempts, backoff,
				backoff.multipliedBy(10));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
