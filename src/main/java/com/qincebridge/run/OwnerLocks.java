package com.qincebridge.run;

import java.util.Optional;

/**
 * Named locks that the server (or the operating system) releases the moment the process
 * holding them dies. Each lock taken is its own: a second {@link #tryLock} of a name held
 * in this process is refused just as one from another process is.
 */
interface OwnerLocks {

	/**
	 * Take the lock without waiting.
	 * @return the lock, or empty when a live process holds it
	 */
	Optional<OwnerLock> tryLock(String name);

	/** Whether a live process (this one included) holds the lock now. */
	boolean isLocked(String name);

}
