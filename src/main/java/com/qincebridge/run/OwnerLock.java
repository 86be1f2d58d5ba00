package com.qincebridge.run;

/**
 * A lock held for the lifetime of one execution by the process that runs it, released by
 * {@link #close()} or by the death of the process (or of its connection to the database).
 */
interface OwnerLock extends AutoCloseable {

	/** Whether the lock is still held (a lost database connection loses it). */
	boolean isHeld();

	@Override
	void close();

}
