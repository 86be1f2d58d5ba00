package com.qincebridge.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.qincebridge.support.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who owns the run of a job and its parameters: the live process holding its lock. One
 * lock per job and identifying parameters other than the {@code rerun} counter and the
 * parts of a month ({@code customers}, {@code from}, {@code to}): two processes can never
 * run the same month of a job at once — a re-sync of some customers writes the month's
 * ledger rows as the month's run does — nor both start its next re-run. The owner (host,
 * pid, start) is recorded in {@code run_owner} for {@code status}.
 */
@Component
public class RunOwners {

	/** The lock names' prefix; a name is at most 64 characters (MySQL's limit). */
	static final String PREFIX = "qince-bridge:";

	private final OwnerLocks locks;

	private final JdbcClient jdbc;

	private final String host = hostName();

	private final ProcessHandle process = ProcessHandle.current();

	RunOwners(OwnerLocks locks, JdbcClient jdbc) {
		this.locks = locks;
		this.jdbc = jdbc;
	}

	/**
	 * Take the run of the job with these parameters, unless a live process (this one
	 * included) runs it.
	 */
	public Optional<RunClaim> claim(String jobName, JobParameters parameters) {
		String key = key(parameters);
		String name = lockName(jobName, key);
		return this.locks.tryLock(name).map((lock) -> {
			try {
				RunOwner previous = recorded(name, false).orElse(null);
				record(name, jobName, key);
				return new RunClaim(lock, () -> forget(name), previous);
			}
			catch (RuntimeException ex) {
				lock.close();
				throw ex;
			}
		});
	}

	/** The owner recorded for the job with these parameters, alive or dead. */
	public Optional<RunOwner> owner(String jobName, JobParameters parameters) {
		String name = lockName(jobName, key(parameters));
		return recorded(name, this.locks.isLocked(name));
	}

	private Optional<RunOwner> recorded(String name, boolean alive) {
		return this.jdbc.sql("SELECT host, pid, process_started_at, owned_since FROM run_owner WHERE lock_name = ?")
			.param(name)
			.query((rs, row) -> new RunOwner(rs.getString(1), rs.getLong(2), instant(rs.getTimestamp(3)),
					rs.getTimestamp(4).toInstant(), alive))
			.optional();
	}

	/** The owner of an execution, alive or dead, when one was recorded. */
	public Optional<RunOwner> owner(JobExecution execution) {
		return owner(execution.getJobInstance().getJobName(), execution.getJobParameters());
	}

	/** Whether a live process holds the run of the job with these parameters. */
	public boolean isOwned(String jobName, JobParameters parameters) {
		return this.locks.isLocked(lockName(jobName, key(parameters)));
	}

	private void record(String name, String jobName, String key) {
		Timestamp started = this.process.info().startInstant().map(Timestamp::from).orElse(null);
		this.jdbc.sql("DELETE FROM run_owner WHERE lock_name = ?").param(name).update();
		this.jdbc.sql("""
				INSERT INTO run_owner (lock_name, job_name, job_key, host, pid, process_started_at, owned_since)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(name, jobName, key.length() > 1000 ? key.substring(0, 1000) : key, this.host, this.process.pid(),
					started, Timestamp.from(Instant.now()))
			.update();
	}

	private void forget(String name) {
		this.jdbc.sql("DELETE FROM run_owner WHERE lock_name = ? AND host = ? AND pid = ?")
			.params(name, this.host, this.process.pid())
			.update();
	}

	/** The parameters that do not take part in the lock's name. */
	private static final Set<String> NOT_IN_KEY = Set.of(RunRequest.RERUN, "customers", "from", "to");

	/**
	 * The identifying parameters but the rerun counter and the parts of a month, sorted:
	 * {@code a=1,b=2}.
	 */
	static String key(JobParameters parameters) {
		Map<String, String> identifying = new TreeMap<>();
		for (JobParameter<?> parameter : parameters) {
			if (parameter.identifying() && !NOT_IN_KEY.contains(parameter.name())) {
				identifying.put(parameter.name(), String.valueOf(parameter.value()));
			}
		}
		StringBuilder key = new StringBuilder();
		identifying
			.forEach((name, value) -> key.append(key.isEmpty() ? "" : ",").append(name).append('=').append(value));
		return key.toString();
	}

	/**
	 * {@code qince-bridge:<job>:<24 hex digits of the parameters' SHA-256>}, at most 64
	 * characters.
	 */
	static String lockName(String jobName, String key) {
		String job = (jobName.length() > 26) ? jobName.substring(0, 26) : jobName;
		return PREFIX + job + ":" + Sha256.hex(jobName + "|" + key).substring(0, 24);
	}

	private static @Nullable Instant instant(@Nullable Timestamp time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			String env = System.getenv("HOSTNAME");
			return (env != null && !env.isBlank()) ? env : "unknown-host";
		}
	}

}
