package com.qincebridge.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MySQL/MariaDB named locks ({@code GET_LOCK}), each taken on a database connection of
 * its own, outside the pool, held until the run ends. The server releases a lock the
 * moment its connection closes: a killed process's socket is closed by its operating
 * system at once. A host that vanishes without closing its sockets (power loss, network
 * cut) is noticed by the server after the connection's {@code wait_timeout}, which is set
 * to {@code ownerTimeout} on each lock's connection; a heartbeat keeps live owners'
 * connections from reaching it however long a chunk takes. A lock whose connection broke
 * is taken again on a new connection when nobody else took it meanwhile.
 */
final class DatabaseOwnerLocks implements OwnerLocks {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOwnerLocks.class);

	/**
	 * Named locks are server-wide: the name the server sees is scoped to the database (a
	 * hash of the schema and our name, 43 characters, within MySQL's 64), so that two
	 * installations on one server (production and test, say) never block each other.
	 */
	private static final String SCOPED = "CONCAT('qb:', LEFT(SHA2(CONCAT(DATABASE(), '/', ?), 256), 40))";

	private final DataSource connections;

	private final Duration ownerTimeout;

	private final Set<Held> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "run-owner-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param connections unpooled connections to the database
	 * @param ownerTimeout how long the server keeps the lock of a connection gone silent
	 */
	DatabaseOwnerLocks(DataSource connections, Duration ownerTimeout) {
		this.connections = connections;
		this.ownerTimeout = ownerTimeout;
		long every = Math.max(1, ownerTimeout.toMillis() / 4);
		this.heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public Optional<OwnerLock> tryLock(String name) {
		Connection connection = lockConnection(name);
		if (connection == null) {
			return Optional.empty();
		}
		Held lock = new Held(name, connection);
		this.held.add(lock);
		return Optional.of(lock);
	}

	@Override
	public boolean isLocked(String name) {
		try (Connection connection = this.connections.getConnection();
				PreparedStatement used = connection.prepareStatement("SELECT IS_USED_LOCK(" + SCOPED + ")")) {
			used.setString(1, name);
			try (ResultSet result = used.executeQuery()) {
				return result.next() && result.getObject(1) != null;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not ask the database who holds " + name + ": " + ex.getMessage(),
					ex);
		}
	}

	/** A new connection holding the lock, or {@code null} when another holds it. */
	private @Nullable Connection lockConnection(String name) {
		Connection connection = null;
		try {
			connection = this.connections.getConnection();
			try (Statement session = connection.createStatement()) {
				session.execute("SET SESSION wait_timeout = " + Math.max(1, this.ownerTimeout.toSeconds()));
			}
			try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(" + SCOPED + ", 0)")) {
				lock.setString(1, name);
				try (ResultSet result = lock.executeQuery()) {
					if (result.next() && result.getInt(1) == 1) {
						return connection;
					}
				}
			}
			connection.close();
			return null;
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new IllegalStateException("Could not take the run lock " + name + ": " + ex.getMessage(), ex);
		}
	}

	private void beat() {
		for (Held lock : this.held) {
			lock.beat();
		}
	}

	private static void closeQuietly(@Nullable Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// the connection is gone: so is its lock
			}
		}
	}

	private final class Held implements OwnerLock {

		private final String name;

		private volatile @Nullable Connection connection;

		Held(String name, Connection connection) {
			this.name = name;
			this.connection = connection;
		}

		@Override
		public boolean isHeld() {
			return this.connection != null;
		}

		synchronized void beat() {
			Connection current = this.connection;
			if (current == null) {
				return;
			}
			try (PreparedStatement mine = current
				.prepareStatement("SELECT IS_USED_LOCK(" + SCOPED + ") = CONNECTION_ID()")) {
				mine.setString(1, this.name);
				try (ResultSet result = mine.executeQuery()) {
					if (result.next() && result.getBoolean(1)) {
						return;
					}
				}
			}
			catch (SQLException ex) {
				logger.warn("The connection holding run lock {} broke: {}", this.name, ex.getMessage());
			}
			closeQuietly(current);
			this.connection = retake();
		}

		private @Nullable Connection retake() {
			try {
				Connection again = lockConnection(this.name);
				if (again != null) {
					logger.info("Run lock {} taken again on a new connection", this.name);
					return again;
				}
				logger.error("Lost run lock {}: another process holds it now and may resume the run", this.name);
			}
			catch (IllegalStateException ex) {
				logger.error("Lost run lock {}: {}; another process may resume the run", this.name, ex.getMessage());
			}
			DatabaseOwnerLocks.this.held.remove(this);
			return null;
		}

		@Override
		public synchronized void close() {
			DatabaseOwnerLocks.this.held.remove(this);
			Connection current = this.connection;
			this.connection = null;
			if (current != null) {
				try (PreparedStatement release = current.prepareStatement("DO RELEASE_LOCK(" + SCOPED + ")")) {
					release.setString(1, this.name);
					release.execute();
				}
				catch (SQLException ex) {
					// closing the connection releases it too
				}
				closeQuietly(current);
			}
		}

	}

}
