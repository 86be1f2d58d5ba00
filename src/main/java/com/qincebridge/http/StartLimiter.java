package com.qincebridge.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets calls start at most {@code requests-per-second} times in any second: starts are
 * spaced evenly, a second and a small margin divided by the rate apart, so that any
 * {@code rate + 1} starts span more than a second. The margin covers the jitter between
 * our start and the server's clock, so that a server counting arrivals never sees more
 * either. A rate below 1 allows one start per {@code 1 / rate} seconds; fractions above 1
 * are rounded down (2.5 per second cannot be honoured in every second with more than 2).
 * Waiting threads start in the order they asked. Thread-safe.
 */
final class StartLimiter {

	/** Added to every second: what network and scheduling jitter may shift a call by. */
	static final Duration MARGIN = Duration.ofMillis(10);

	private final long intervalNanos;

	private final ReentrantLock lock = new ReentrantLock(true);

	private long last;

	private boolean started;

	StartLimiter(double requestsPerSecond) {
		if (!(requestsPerSecond > 0)) {
			throw new IllegalArgumentException("requestsPerSecond must be more than 0: " + requestsPerSecond);
		}
		this.intervalNanos = (requestsPerSecond >= 1)
				? (TimeUnit.SECONDS.toNanos(1) + MARGIN.toNanos()) / (long) Math.floor(requestsPerSecond)
				: (long) (1e9 / requestsPerSecond) + MARGIN.toNanos();
	}

	/** Wait for the turn of one start. */
	void acquire() {
		this.lock.lock();
		try {
			if (this.started) {
				long wait = this.last + this.intervalNanos - System.nanoTime();
				while (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
					wait = this.last + this.intervalNanos - System.nanoTime();
				}
			}
			this.last = System.nanoTime();
			this.started = true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the rate limit", ex);
		}
		finally {
			this.lock.unlock();
		}
	}

}
