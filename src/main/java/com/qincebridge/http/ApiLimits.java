package com.qincebridge.http;

import java.time.Duration;

/**
 * How hard a client may push an API and how long it waits. The APIs document no rate
 * limits, so the defaults are low; raise them once the provider agrees.
 *
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout how long to wait for the next bytes of an answer
 * @param maxConcurrency most calls in flight at once, across all threads of the process
 * @param requestsPerSecond most calls started per second (fractions allowed, such as 0.5)
 * @param maxAttempts tries per call, the first one included; transient failures only
 * @param initialBackoff wait before the first retry; doubled for each further retry, with
 * ±50% jitter
 * @param maxBackoff the longest wait between two tries
 */
public record ApiLimits(Duration connectTimeout, Duration readTimeout, int maxConcurrency, double requestsPerSecond,
		int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

	public ApiLimits {
		if (maxConcurrency < 1) {
			throw new IllegalArgumentException("maxConcurrency must be at least 1: " + maxConcurrency);
		}
		if (!(requestsPerSecond > 0)) {
			throw new IllegalArgumentException("requestsPerSecond must be more than 0: " + requestsPerSecond);
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
		}
		if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException(
					"backoff must satisfy 0 <= initial <= max: " + initialBackoff + ", " + maxBackoff);
		}
	}

	/**
	 * Conservative limits: 4 concurrent calls, 10 per second, 4 tries from 500 ms to 30
	 * s.
	 */
	public static ApiLimits defaults() {
		return new ApiLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, 10, 4, Duration.ofMillis(500),
				Duration.ofSeconds(30));
	}

}
