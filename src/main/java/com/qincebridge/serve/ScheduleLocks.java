package com.qincebridge.serve;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per scheduled run in {@code schedule_lock}, keyed by the schedule's name and
 * the instant the run was due: the instance whose insert succeeds launches the run, every
 * other instance gets the duplicate key and launches nothing. The rows stay, as the
 * record of which instance launched what.
 */
@Repository
class ScheduleLocks {

	private final JdbcClient jdbc;

	ScheduleLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Take the run due at this instant.
	 * @return {@code false} when another instance (or this one) took it already
	 */
	boolean acquire(String schedule, Instant dueAt, String instanceId) {
		try {
			this.jdbc.sql("INSERT INTO schedule_lock (schedule_name, scheduled_at, instance_id) VALUES (?, ?, ?)")
				.params(schedule, dueAt.toString(), instanceId)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
