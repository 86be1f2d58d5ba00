package com.qincebridge.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets calls start at most {@code requests-per-second} times in any second, counted over
 * a sliding window rather than per clock second: a start waits until the start that many
 * starts before it is a window ago. The window is a second plus a small margin, so that a
 * server counting arrivals never sees more, whatever the jitter between our start and its
 * clock. A rate below 1 allows one start per {@code 1 / rate} seconds; fractions above 1
 * are rounded down (2.5 per second cannot be honoured in every second with more than 2).
 * Waiting threads start in the order they asked. Thread-safe.
 */
final class StartLimiter {

	/** Added to every window: what network and scheduling jitter may shift a call by. */
	static final Duration MARGIN = Duration.ofMillis(25);

	private final long windowNanos;

	private final long[] starts;

	private final ReentrantLock lock = new ReentrantLock(true);

	private int next;

	private long count;

	StartLimiter(double requestsPerSecond) {
		if (!(requestsPerSecond > 0)) {
			throw new IllegalArgumentException("requestsPerSecond must be more than 0: " + requestsPerSecond);
		}
		int perWindow = (requestsPerSecond >= 1) ? (int) Math.min(Math.floor(requestsPerSecond), 1_000_000) : 1;
		double seconds = (requestsPerSecond >= 1) ? 1 : 1 / requestsPerSecond;
		this.windowNanos = (long) (seconds * 1e9) + MARGIN.toNanos();
		this.starts = new long[perWindow];
	}

	/** Wait for the turn of one start. */
	void acquire() {
		this.lock.lock();
		try {
			if (this.count >= this.starts.length) {
				long wait = this.starts[this.next] + this.windowNanos - System.nanoTime();
				while (wait > 0) {
					TimeUnit.NANOSECONDS.sleep(wait);
					wait = this.starts[this.next] + this.windowNanos - System.nanoTime();
				}
			}
			this.starts[this.next] = System.nanoTime();
			this.next = (this.next + 1) % this.starts.length;
			this.count++;
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
