package com.qincebridge.sandbox;

/**
 * Told of every call a simulator receives, as it arrives (before any injected latency),
 * on the thread that serves it: keep it short and thread-safe. For benchmarks and for
 * tests that check when calls arrived.
 */
@FunctionalInterface
public interface CallObserver {

	/**
	 * @param endpoint the endpoint, as in call counts and fault rules
	 * @param nanoTime {@link System#nanoTime()} at arrival
	 */
	void called(String endpoint, long nanoTime);

}
