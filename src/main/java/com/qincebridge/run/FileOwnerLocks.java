package com.qincebridge.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Locks on files in a directory beside the embedded H2 database, for which there is no
 * {@code GET_LOCK}: the operating system releases a process's file locks when it dies,
 * however it dies. The database file can only be on this host's disk, and every process
 * that opens it (directly or through H2's automatic server) sees these files. A lock held
 * in this process is refused to a second taker here as well.
 */
final class FileOwnerLocks implements OwnerLocks {

	private final Path directory;

	FileOwnerLocks(Path directory) {
		this.directory = directory;
	}

	@Override
	public Optional<OwnerLock> tryLock(String name) {
		try {
			Files.createDirectories(this.directory);
			FileChannel channel = FileChannel.open(file(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new Held(channel, lock));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not take the run lock file " + file(name), ex);
		}
	}

	@Override
	public boolean isLocked(String name) {
		if (!Files.exists(file(name))) {
			return false;
		}
		Optional<OwnerLock> lock = tryLock(name);
		lock.ifPresent(OwnerLock::close);
		return lock.isEmpty();
	}

	private Path file(String name) {
		return this.directory.resolve(name.replace(':', '_') + ".lock");
	}

	private record Held(FileChannel channel, FileLock lock) implements OwnerLock {

		@Override
		public boolean isHeld() {
			return this.lock.isValid();
		}

		@Override
		public void close() {
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				// closing the channel released the lock, or the process ends and does
			}
		}

	}

}
