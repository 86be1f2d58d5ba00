package com.qincebridge.http;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs API calls under {@link ApiLimits}: each try waits for one of
 * {@code maxConcurrency} slots and for its turn under {@code requestsPerSecond} (never
 * more starts than that in any second, see {@link StartLimiter}); a
 * {@link TransientApiException} is tried again after an exponential, jittered backoff (no
 * slot is held while waiting) until {@code maxAttempts}, then the last failure is thrown.
 * Permanent failures are thrown at once. One policy is shared by every thread that calls
 * the same API.
 */
public final class ApiCallPolicy {

	private static final Logger logger = LoggerFactory.getLogger(ApiCallPolicy.class);

	private static final Duration WAIT_FOR_PERMISSION = Duration.ofHours(1);

	private final Bulkhead bulkhead;

	private final StartLimiter rateLimiter;

	private final Retry retry;

	public ApiCallPolicy(String name, ApiLimits limits) {
		this.bulkhead = Bulkhead.of(name,
				BulkheadConfig.custom()
					.maxConcurrentCalls(limits.maxConcurrency())
					.maxWaitDuration(WAIT_FOR_PERMISSION)
					.build());
		this.rateLimiter = new StartLimiter(limits.requestsPerSecond());
		this.retry = Retry.of(name,
				RetryConfig.custom()
					.maxAttempts(limits.maxAttempts())
					.intervalFunction(backoff(limits))
					.retryOnException(TransientApiException.class::isInstance)
					.failAfterMaxAttempts(false)
					.build());
		this.retry.getEventPublisher()
			.onRetry((event) -> logger.warn("{}: try {} failed, next in {} ms: {}", name,
					event.getNumberOfRetryAttempts(), event.getWaitInterval().toMillis(),
					(event.getLastThrowable() != null) ? event.getLastThrowable().getMessage() : "?"));
	}

	/**
	 * Run one call.
	 * @param attempt one try; called again for each retry, so it must build a fresh
	 * request (fresh timestamps and signatures) each time
	 * @return what the successful try returned
	 * @throws ApiException the permanent failure, or the last transient one
	 */
	public <T> T call(Supplier<T> attempt) {
		Supplier<T> limited = Bulkhead.decorateSupplier(this.bulkhead, () -> {
			this.rateLimiter.acquire();
			return attempt.get();
		});
		return this.retry.executeSupplier(limited);
	}

	private static IntervalFunction backoff(ApiLimits limits) {
		if (limits.initialBackoff().isZero()) {
			return (attempt) -> 0L;
		}
		return IntervalFunction.ofExponentialRandomBackoff(limits.initialBackoff(), 2.0, 0.5, limits.maxBackoff());
	}

}
