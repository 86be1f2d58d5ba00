package com.qincebridge.sandbox;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the calls of each endpoint; the count numbers the calls for fault triggers. Its
 * observers are told of each call as it is counted.
 */
final class CallLog {

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final List<CallObserver> observers = new CopyOnWriteArrayList<>();

	private final AtomicInteger inProgress = new AtomicInteger();

	/**
	 * Count one call; returns its number, from 1, among the calls of its endpoint.
	 * @param arrived {@link System#nanoTime()} when the call arrived
	 */
	int record(String endpoint, long arrived) {
		for (CallObserver observer : this.observers) {
			observer.called(endpoint, arrived);
		}
		return this.counts.computeIfAbsent(endpoint, (key) -> new AtomicInteger()).incrementAndGet();
	}

	/** A call arrived and is being handled (until {@link #handled()}). */
	void handling() {
		this.inProgress.incrementAndGet();
	}

	/** A call's handling ended: answered, failed, or its client gone. */
	void handled() {
		this.inProgress.decrementAndGet();
	}

	/**
	 * The calls being handled now; a call whose client died is still handled (and takes
	 * effect) until its injected latency has passed.
	 */
	int inProgress() {
		return this.inProgress.get();
	}

	void observe(CallObserver observer) {
		this.observers.add(observer);
	}

	/**
	 * The calls of the endpoints {@link FaultPlan#matches matching} a name, such as
	 * {@code saveStatement} or {@code FB_RECEIVABLE/query}.
	 */
	int count(String endpoint) {
		return this.counts.entrySet()
			.stream()
			.filter((entry) -> FaultPlan.matches(endpoint, entry.getKey()))
			.mapToInt((entry) -> entry.getValue().get())
			.sum();
	}

	/** Calls per endpoint, sorted by endpoint. */
	Map<String, Integer> snapshot() {
		Map<String, Integer> snapshot = new TreeMap<>();
		this.counts.forEach((endpoint, count) -> snapshot.put(endpoint, count.get()));
		return snapshot;
	}

	void clear() {
		this.counts.clear();
	}

}
