package com.qincebridge.erp;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.qincebridge.http.ApiLimits;
import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's {@code requests-per-second} as zhixdl sees it: the simulator's call log
 * never counts more calls than the rate in any second, however many threads call at once.
 * The simulator stamps a call when its handler runs, which on a loaded machine can lag
 * the call's arrival by tens of milliseconds more for one call than for another; the test
 * allows {@link #SCHEDULING} for that (the limiter's own guarantee, a second and a margin
 * between a start and the start {@code rate} starts later, is tested by
 * {@code ApiCallPolicyTests}).
 */
class ErpClientRateLimitTests {

	private static final int RATE = 15;

	private static final int CALLS = 50;

	private static final Duration SCHEDULING = Duration.ofMillis(40);

	private final Sandbox sandbox = Sandbox
		.start(SandboxSettings.defaults().withData(DataSetSpec.defaults().withSize(200)));

	private final ErpClient client = new ErpClient(this.sandbox.erpBaseUrl(), this.sandbox.erp().appKey(),
			new ApiLimits(Duration.ofSeconds(5), Duration.ofSeconds(5), 8, RATE, 1, Duration.ZERO, Duration.ZERO));

	@AfterEach
	void close() {
		this.client.close();
		this.sandbox.close();
	}

	@Test
	void noSecondCountsMoreCallsThanTheRateWithEightCallingAtOnce() throws Exception {
		ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			// the connections opened first: a cold client's first calls take longer on
			// the
			// way than the limiter's margin
			List<Future<?>> warmUp = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				warmUp.add(threads.submit(() -> this.client.query(ErpBusinessType.FB_RECEIVABLE, ErpQuery.of("101"))));
			}
			for (Future<?> call : warmUp) {
				call.get();
			}
			this.sandbox.erp().onCall((endpoint, nanoTime) -> arrivals.add(nanoTime));
			List<Future<?>> calls = new ArrayList<>();
			for (int i = 0; i < CALLS; i++) {
				LocalDate day = LocalDate.of(2025, 9, 1 + i % 30);
				calls.add(threads.submit(() -> this.client.query(ErpBusinessType.FB_RECEIVABLE,
						ErpQuery.of("101").withWindow(day.atStartOfDay(), day.atTime(23, 59, 59)))));
			}
			for (Future<?> call : calls) {
				call.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		List<Long> times = arrivals.stream().sorted().toList();
		assertThat(times).hasSize(CALLS);
		for (int i = 0; i + RATE < times.size(); i++) {
			assertThat(times.get(i + RATE) - times.get(i))
				.as("nanoseconds from call %d to call %d", i + 1, i + RATE + 1)
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1).minus(SCHEDULING).toNanos());
		}
	}

}
