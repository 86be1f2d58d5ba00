package com.qincebridge.run;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * The process that owns (or owned) a running execution, from {@code run_owner}.
 *
 * @param host the host name the process ran on
 * @param pid its process id
 * @param processStartedAt when the process started, when the platform tells
 * @param since when it took the execution
 * @param alive whether it holds the execution's lock now
 */
public record RunOwner(String host, long pid, @Nullable Instant processStartedAt, Instant since, boolean alive) {

	/** For example {@code "pid 4242 on erp-01 since 2026-12-01T02:00:03 (alive)"}. */
	public String describe() {
		return "pid " + this.pid + " on " + this.host + " since "
				+ this.since.atZone(ZoneId.systemDefault()).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS)
				+ (this.alive ? " (alive)" : " (dead)");
	}

}
