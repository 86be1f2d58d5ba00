package com.qincebridge.sandbox;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the calls of a {@link Fault#heldAt(Gate)} rule until the test opens it: a call
 * that arrives while the gate is shut waits, with its connection open and nothing
 * processed yet, then is answered as usual. Once open a gate stays open. Removing the
 * rules ({@link FaultPlan#clear()}, {@link Sandbox#reset()}) opens their gates, so no
 * call is left waiting for a test that is over. Thread-safe.
 */
public final class Gate {

	private final CountDownLatch open = new CountDownLatch(1);

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicInteger held = new AtomicInteger();

	/** Let every waiting call go, and every later one through. */
	public void open() {
		this.open.countDown();
	}

	public boolean isOpen() {
		return this.open.getCount() == 0;
	}

	/** The calls waiting at the gate now. */
	public int waiting() {
		return this.waiting.get();
	}

	/** The calls that were held at the gate shut, whether they still wait or not. */
	public int held() {
		return this.held.get();
	}

	/** Wait here until the gate is open. */
	void pass() throws InterruptedException {
		if (isOpen()) {
			return;
		}
		this.held.incrementAndGet();
		this.waiting.incrementAndGet();
		try {
			this.open.await();
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	@Override
	public String toString() {
		return "Gate[" + (isOpen() ? "open" : "shut, " + this.waiting.get() + " waiting") + "]";
	}

}
