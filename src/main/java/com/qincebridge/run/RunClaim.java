package com.qincebridge.run;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * This process's ownership of one job and its parameters: while it is open, no other
 * process (nor another thread here) can run them. Closing it releases the lock and
 * deletes the owner's row.
 */
public final class RunClaim implements AutoCloseable {

	private final OwnerLock lock;

	private final Runnable forget;

	private final @Nullable RunOwner previous;

	RunClaim(OwnerLock lock, Runnable forget, @Nullable RunOwner previous) {
		this.lock = lock;
		this.forget = forget;
		this.previous = previous;
	}

	/**
	 * The owner recorded before this process took the run, dead since (a live one would
	 * hold the lock), when one was left behind.
	 */
	public Optional<RunOwner> previousOwner() {
		return Optional.ofNullable(this.previous);
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
