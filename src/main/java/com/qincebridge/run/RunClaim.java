package com.qincebridge.run;

/**
 * This process's ownership of one job and its parameters: while it is open, no other
 * process (nor another thread here) can run them. Closing it releases the lock and
 * deletes the owner's row.
 */
public final class RunClaim implements AutoCloseable {

	private final OwnerLock lock;

	private final Runnable forget;

	RunClaim(OwnerLock lock, Runnable forget) {
		this.lock = lock;
		this.forget = forget;
	}

	/** Whether this process still owns the run (a lost database connection loses it). */
	public boolean isHeld() {
		return this.lock.isHeld();
	}

	@Override
	public void close() {
		try {
			this.forget.run();
		}
		finally {
			this.lock.close();
		}
	}

}
